"""Every import message exists in German and English with the same {placeholders}; the check
itself fails on a missing key or a changed placeholder (probes below)."""

from __future__ import annotations

import re
import string
from pathlib import Path

from dashboard import i18n, ingest
from dashboard.ingest import messages
from dashboard.texts import t_de
from dashboard.texts.ingest_de import DE
from dashboard.texts.ingest_en import EN


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def mismatches(de: dict[str, str], en: dict[str, str]) -> list[str]:
    """What is wrong between the two dicts: a key in one only, other placeholders, empty text."""
    found = [f"nur Deutsch: {k}" for k in de.keys() - en.keys()]
    found += [f"nur Englisch: {k}" for k in en.keys() - de.keys()]
    found += [f"Platzhalter {k}: {sorted(_fields(de[k]))} / {sorted(_fields(en[k]))}"
              for k in de.keys() & en.keys() if _fields(de[k]) != _fields(en[k])]
    found += [f"leer: {k}" for k in de.keys() & en.keys() if not en[k].strip() or not de[k].strip()]
    return sorted(found)


def test_both_languages_have_every_key_with_the_same_placeholders():
    assert mismatches(DE, EN) == []
    assert len(EN) > 150


def test_the_check_fails_on_a_missing_key_and_a_changed_placeholder():
    missing = {k: v for k, v in EN.items() if k != "cell.not_date"}
    assert mismatches(DE, missing) == ["nur Deutsch: cell.not_date"]
    changed = {**EN, "id.twice": "The project {project} appears twice (rows {rows})."}
    assert mismatches(DE, changed) == ["Platzhalter id.twice: ['pid', 'rows'] / ['project', 'rows']"]
    assert mismatches({**DE, "neu.x": "Zeile {row}"}, EN) == ["nur Deutsch: neu.x"]


def test_every_key_the_import_uses_is_in_both_languages():
    folder = Path(ingest.__file__).parent
    used: set[str] = set()
    for path in folder.glob("*.py"):
        text = path.read_text("utf-8")
        used |= set(re.findall(r'say(?:_de)?\(\s*"([a-z_.]+)"', text))
        used |= {f"ref.label.{t}" for t in re.findall(r'table\("([a-z_]+)", "', text)}
    assert used <= set(DE) and used <= set(EN), sorted(used - set(DE) - set(EN))


def test_say_follows_the_thread_language():
    assert messages.say("where.row", row=7) == "Zeile 7"
    with i18n.using("en"):
        assert messages.say("where.row", row=7) == "row 7"
        assert t_de("undo.note", batch=3) == "Import Nr. 3 rückgängig gemacht"
    assert messages.say("word.batch", batch=3) == "Nr. 3"


def test_cells_as_shown_never_change_the_users_text():
    from datetime import date, datetime

    with i18n.using("en"):
        assert messages.as_shown(True) == "TRUE" and messages.as_shown(False) == "FALSE"
        assert messages.as_shown(-5.5) == "-5.5" and messages.as_shown(17.0) == "17"
        assert messages.as_shown(date(2026, 2, 1)) == "1 Feb 2026"
        assert messages.as_shown(datetime(2026, 2, 1, 14, 5)) == "1 Feb 2026 14:05"
        for typed in ("12,5", "WAHR", "31.12.2025", " Lausitz "):
            assert messages.as_shown(typed) == messages.as_text(typed)
        assert messages.as_text(True) == "WAHR"  # what the import reads stays the same
        assert messages.grouped(1_000_000) == "1,000,000"
        assert messages.did_you_mean(["a", "b", "c"]) == "Did you mean: a, b or c?"
    for raw in (True, -5.5, date(2026, 2, 1), "12,5"):
        assert messages.as_shown(raw) == messages.as_text(raw)
    assert messages.grouped(1_000_000) == "1.000.000"
    assert messages.did_you_mean(["a", "b", "c"]) == "Meinten Sie: a, b oder c?"
