"""Numbers, money, dates, lists and chart separators follow the active language; German stays
the default, and each thread has its own language (two Streamlit sessions never mix)."""

from __future__ import annotations

import threading
from datetime import date, datetime

import plotly.graph_objects as go

from dashboard import i18n
from dashboard.charts.style import apply_layout, date_tickformat
from dashboard.facts import Num, count, join_names, say
from dashboard.formatting import (
    fmt_date,
    fmt_datetime,
    fmt_eur,
    fmt_eur_short,
    fmt_int,
    fmt_number,
    fmt_pct,
)


def test_german_is_the_default_format():
    assert i18n.language() == "de"
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_number(1234.56) == "1.234,6"
    assert fmt_eur(1234567.891) == "1.234.567,89 €"
    assert fmt_eur_short(1.034e9) == "1,03 Mrd. €"
    assert fmt_eur_short(456.7e6) == "456,7 Mio. €"
    assert fmt_pct(0.1234) == "12,3 %"
    assert fmt_date(date(2026, 12, 1)) == "01.12.2026"
    assert fmt_datetime(datetime(2026, 12, 1, 14, 5)) == "01.12.2026, 14:05 Uhr"


def test_english_formats():
    with i18n.using("en"):
        assert fmt_int(1234567) == "1,234,567"
        assert fmt_number(1234.56) == "1,234.6"
        assert fmt_eur(1234567.891) == "€1,234,567.89"
        assert fmt_eur(-5) == "-€5.00"
        assert fmt_eur_short(1.034e9) == "€1.03 bn"
        assert fmt_eur_short(456.7e6) == "€456.7 m"
        assert fmt_eur_short(12300) == "€12,300"
        assert fmt_pct(0.1234) == "12.3%"
        assert fmt_date(date(2026, 12, 1)) == "1 Dec 2026"
        assert fmt_datetime(datetime(2026, 12, 1, 14, 5)) == "1 Dec 2026, 14:05"
        assert fmt_int(None) == "–"
    assert fmt_int(1234567) == "1.234.567", "the block restores German"


def test_english_formats_agree_with_python_formatting():
    """Independent of formatting.py: Python's own English grouping for a spread of values."""
    values = [0, 1, 999, 1000, 12345.678, 987654321.5, -4321.25]
    with i18n.using("en"):
        for v in values:
            assert fmt_int(v) == f"{round(v):,}"
            assert fmt_number(v, 2) == f"{v:,.2f}"


def test_sentences_and_lists_follow_the_language():
    with i18n.using("en"):
        assert str(count(1, "count.projects")) == "1 project"
        assert str(count(2500, "count.projects")) == "2,500 projects"
        assert Num(0.25, "share").number_text() == "25%"
        assert Num(2.5e6, "eur").number_text() == "€2.5 m"
        assert Num(date(2026, 3, 9), "date").number_text() == "9 Mar 2026"  # type: ignore[arg-type]
        assert join_names(["Idee", "Antrag", "Qualifizierung"]) == \
            "“Idee”, “Antrag” and “Qualifizierung”"
        assert say("stalled.sentence_stage", stage="“Antrag”", n=count(3)).text == \
            "Most of them are in the stage “Antrag”: 3."
    assert join_names(["Idee", "Antrag"]) == "„Idee“ und „Antrag“"


def test_chart_separators_and_date_ticks_follow_the_language():
    assert apply_layout(go.Figure()).layout.separators == ",."
    assert date_tickformat() == "%d.%m.%Y"
    with i18n.using("en"):
        assert apply_layout(go.Figure()).layout.separators == ".,"
        assert date_tickformat() == "%-d %b %Y"


def test_each_thread_has_its_own_language():
    seen: dict[str, str] = {}
    english_set = threading.Event()
    german_read = threading.Event()

    def english_session():
        i18n.set_language("en")
        english_set.set()
        german_read.wait(5)
        seen["en"] = fmt_int(1234)

    def german_session():
        english_set.wait(5)
        seen["de"] = fmt_int(1234)
        german_read.set()

    threads = [threading.Thread(target=english_session), threading.Thread(target=german_session)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == {"en": "1,234", "de": "1.234"}
    assert i18n.language() == "de"


def test_unknown_languages_are_german():
    assert i18n.normalise("EN") == "en"
    assert i18n.normalise("fr") == "de"
    assert i18n.normalise(None) == "de"
    with i18n.using("xx"):
        assert i18n.language() == "de"


def test_the_presentation_share_link_carries_english():
    from dashboard.domain.filters import Filters
    from dashboard.ui.presentation import share_url

    filters = Filters(reviere=("LR",))
    assert "lang" not in share_url("http://host:8501/praesentation", filters)
    assert share_url("http://host:8501/praesentation", filters, language="en") == \
        "http://host:8501/?revier=LR&lang=en"


def test_a_thread_without_its_own_language_asks_the_fallback(monkeypatch):
    """Widget callbacks run before the page sets the language: the app's fallback (the
    session's choice) answers there; a language set in the thread wins; none at all: German."""
    monkeypatch.setattr(i18n, "_fallback", None)
    seen = {}

    def callback_thread():
        seen["before"] = i18n.language()
        i18n.set_fallback(lambda: "en")
        seen["fallback"] = fmt_int(1234)
        with i18n.using("de"):
            seen["own"] = fmt_int(1234)
        seen["after"] = i18n.language()

    thread = threading.Thread(target=callback_thread)
    thread.start()
    thread.join(10)
    assert seen == {"before": "de", "fallback": "1,234", "own": "1.234", "after": "en"}
    i18n.set_fallback(lambda: None)
    assert i18n.language() == "de"


def test_file_sizes_in_both_languages():
    """Streamlit's uploader writes "5.5KB"; the Import page shows the size as text does."""
    from dashboard.formatting import fmt_bytes

    assert [fmt_bytes(n) for n in (812, 5632, 12_900_000)] == ["812 Bytes", "5,5 KB", "12,3 MB"]
    with i18n.using("en"):
        assert fmt_bytes(5632) == "5.5 KB"
