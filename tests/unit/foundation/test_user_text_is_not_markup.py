"""User text is never markup (issue 11, items 10 and 11): Markdown, HTML, LaTeX, emoji and
colour directives are shown literally; invisible and direction-changing characters go; plotly
shows tags as text; table downloads never carry a live formula."""

from __future__ import annotations

import io

import pandas as pd
import plotly.graph_objects as go

from dashboard.charts.style import safe_text
from dashboard.export.tables import to_csv_bytes, to_xlsx_bytes
from dashboard.ui.safe import md, md_heading, plain

HOSTILE = ("![x](https://evil.example/p.png) [Förderung](https://phish.example) **fett** "
           "<img src=x onerror=alert(1)> $\\frac{1}{2}$ :red[rot] :material/home: # Kopf "
           "1. Liste\u202Egnulhaz\u200b")


def test_md_leaves_no_bare_address_for_the_autolinker():
    """GFM links bare addresses after parsing (escapes do not stop it): the patterns of
    mdast-util-gfm-autolink-literal must not match what md() returns."""
    import re

    url = re.compile(r"(https?://|www(?=\.))([-.\w]+)", re.IGNORECASE)
    mail = re.compile(r"([-.\w+]+)@([-\w]+(?:\.[-\w]+)+)")
    out = md("siehe https://evil.example/i.png, www.phish.example oder chef@evil.example")
    unescaped = out.replace("\\", "")
    assert not url.search(unescaped) and not mail.search(unescaped), out
    assert plain(out.replace("\\", "").replace("\u2060", "")) == \
        "siehe https://evil.example/i.png, www.phish.example oder chef@evil.example"


def test_md_escapes_every_markdown_construct_and_strips_invisible_characters():
    import re

    out = md(HOSTILE)
    # every special character is preceded by a backslash: none can open a construct
    unescaped = re.findall(r"(?<!\\)[\[\]()*<>$:#!`_|~]", out.replace("\\\\", ""))
    assert not unescaped, unescaped
    assert "\u202e" not in out and "\u200b" not in out
    assert plain("a\u202eb\u200bc\n d") == "abc d"


def test_headline_keeps_units_with_their_numbers_and_stays_escaped():
    """A headline must not wrap to "… Regionen 10" / "%" (issue 23); it is escaped as md()
    escapes, and only the spaces before "%" and "€" change."""
    shown = md_heading("Tourismus 10 %, Mittel 1,03 Mrd. € *fett*")
    assert shown == md("Tourismus 10 %, Mittel 1,03 Mrd. € *fett*").replace(" %", "\u00a0%") \
        .replace(" €", "\u00a0€")
    assert "10\u00a0%" in shown and "Mrd\\.\u00a0€" in shown and "\\*fett\\*" in shown


def test_chart_labels_show_tags_as_text():
    fig = go.Figure(go.Bar(x=[1], y=['<a href="https://phish.example">Klick</a>'],
                           text=["<b>x</b>"]))
    fig.add_annotation(text="<i>schräg</i>")
    safe_text(fig)
    assert fig.data[0].y[0].startswith("&lt;a href")
    assert fig.data[0].text[0] == "&lt;b&gt;x&lt;/b&gt;"
    assert fig.layout.annotations[0].text == "&lt;i&gt;schräg&lt;/i&gt;"


def test_downloads_never_carry_a_formula():
    from openpyxl import load_workbook

    data = pd.DataFrame({"Titel": ['=HYPERLINK("https://evil.example","x")', "+cmd|' /C calc'!A0",
                                   "-2+3", "@SUM(A1)", "normal"]})
    csv = to_csv_bytes(data).decode("utf-8-sig")
    assert "\n=" not in csv and "\n+" not in csv and "\n@" not in csv and "\n-2" not in csv
    sheet = load_workbook(io.BytesIO(to_xlsx_bytes(data))).active
    assert all(cell.data_type == "s" for (cell,) in sheet.iter_rows(min_row=2, max_col=1))


def test_streamlit_tables_have_no_builtin_export():
    """The built-in 'Download as CSV' of st.dataframe exports =HYPERLINK(...) as a formula: it
    is switched off for the whole app."""
    import tomllib

    from dashboard.config import PROJECT_ROOT

    config = tomllib.loads((PROJECT_ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["disableDataExport"] is True
