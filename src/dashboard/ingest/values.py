"""Cell values as people type them -> typed values (a helper of step 3, ingest.parse). Each
parser takes one raw cell value and returns Typed(value) or Typed(error=...); parse calls
them once per distinct value."""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime, timedelta
from typing import Any

# amount_value and EMPTY_MARKS are imported from here by callers that read cells too
from dashboard.ingest.amounts import amount_value, parse_amount  # noqa: F401
from dashboard.ingest.cells import EMPTY_MARKS, NOTHING, Typed, is_blank, is_mark, parse_number  # noqa: F401
from dashboard.ingest.messages import as_shown, as_text, choices, did_you_mean, grouped, say
from dashboard.ingest.xlsx_errors import UnsavedFormula

_EXCEL_EPOCH = date(1899, 12, 30)
MIN_YEAR, MAX_YEAR = 1990, 2100
MAX_INTEGER = 2**31 - 1    # INTEGER column
_DATE_DE = re.compile(r"^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DATE_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YES = {"ja", "j", "x", "✓", "✔", "☑", "1", "wahr", "true", "yes", "y"}
_NO = {"nein", "n", "0", "falsch", "false", "no", "☐"}
_MARKERS = {
    "0": 0, "nein": 0, "nicht adressiert": 0, "kein": 0, "keine": 0,
    "1": 1, "ja": 1, "x": 1, "signifikant": 1, "nebenziel": 1,
    "2": 2, "schwerpunkt": 2, "hauptziel": 2,
}
_STATUS = {"aktiv": "aktiv", "laufend": "aktiv", "abgelehnt": "abgelehnt",
           "zurückgestellt": "zurueckgestellt", "zurueckgestellt": "zurueckgestellt",
           "zurückgezogen": "zurueckgezogen", "zurueckgezogen": "zurueckgezogen"}
STATUS_NAMES = {"aktiv": "aktiv", "zurueckgestellt": "zurückgestellt", "abgelehnt": "abgelehnt",
                "zurueckgezogen": "zurückgezogen"}


EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NV", "#VALUE!", "#WERT!", "#REF!", "#BEZUG!", "#NAME?",
                "#NUM!", "#ZAHL!", "#NULL!", "#SPILL!", "#ÜBERLAUF!", "#CALC!", "#GETTING_DATA"}


def excel_error(raw: Any) -> Typed | None:
    """Formula errors (English and German Excel), formulas without a saved value: an error."""
    if raw.__class__ is UnsavedFormula:
        return Typed(None, say("cell.unsaved", formula=raw), say("cell.unsaved_hint"))
    if isinstance(raw, str) and raw.strip().upper() in EXCEL_ERRORS:
        return Typed(error=say("cell.excel_error", value=raw.strip()))
    return None


def parse_text(raw: Any) -> Typed:
    if raw.__class__ is str:
        text = raw.strip()
        return NOTHING if not text or is_mark(text) else Typed(text)
    return Typed(as_text(raw)) if not is_blank(raw) else NOTHING


def _date_ok(d: date, raw: Any) -> Typed:
    if MIN_YEAR <= d.year <= MAX_YEAR:
        return Typed(d)
    return Typed(error=say("cell.date_range", value=as_shown(raw), low=MIN_YEAR, high=MAX_YEAR))


def parse_date(raw: Any) -> Typed:
    """31.12.2025, 31.12.25, 2025-12-31, Excel serial numbers and real date cells."""
    if is_blank(raw):
        return NOTHING
    if isinstance(raw, datetime):
        return _date_ok(raw.date(), raw)
    if isinstance(raw, date):
        return _date_ok(raw, raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if float(raw).is_integer() and 1900 <= raw <= 2200:  # a year, not a serial of 1905
            return _bare_year(int(raw))
        return _serial(raw)
    text = str(raw).strip()
    if len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2200:
        return _bare_year(int(text))
    try:
        if m := _DATE_DE.match(text):
            day, month, year = int(m[1]), int(m[2]), int(m[3])
            year = year + 2000 if year < 100 else year
            return _date_ok(date(year, month, day), raw)
        if m := _DATE_ISO.match(text):
            return _date_ok(date(int(m[1]), int(m[2]), int(m[3])), raw)
        if m := _DATE_SLASH.match(text):
            return _date_ok(date(int(m[3]), int(m[2]), int(m[1])), raw)
    except ValueError:
        return Typed(error=say("cell.no_such_day", value=text))
    if text.isdigit() and len(text) == 5:
        return _serial(int(text))
    return Typed(error=say("cell.not_date", value=text))


def _bare_year(year: int) -> Typed:
    """A bare year is never turned into a date silently: which day was meant is unknown."""
    return Typed(error=say("cell.bare_year", value=year),
                  suggestion=say("cell.bare_year_hint", year=year))


def _serial(number: float) -> Typed:
    if not 1 <= number < 2958466:
        return Typed(error=say("cell.number_not_date", value=as_shown(number)))
    return _date_ok(_EXCEL_EPOCH + timedelta(days=int(number)), number)


def parse_integer(raw: Any) -> Typed:
    if is_blank(raw):
        return NOTHING
    number = float(raw) if isinstance(raw, (int, float)) and not isinstance(raw, bool) else (
        parse_number(raw) if isinstance(raw, str) else None
    )
    if number is None or not float(number).is_integer():
        return Typed(error=say("cell.not_integer", value=as_shown(raw)))
    if number < 0:
        return Typed(error=say("cell.negative_integer", value=as_shown(raw)))
    if number > MAX_INTEGER:
        return Typed(error=say("cell.huge_integer", value=as_shown(raw),
                                limit=grouped(MAX_INTEGER)))
    return Typed(int(number))


def parse_bool(raw: Any) -> Typed:
    if isinstance(raw, bool):
        return Typed(raw)
    if raw is None or raw == "":
        return NOTHING
    key = as_text(raw).casefold()
    if key in _YES:
        return Typed(True)
    if key in _NO:
        return Typed(False)
    if is_mark(key):  # "-", "k. A.": no value, like an empty cell (named in the plan)
        return NOTHING
    return Typed(error=say("cell.not_bool", value=as_shown(raw)), suggestion=say("cell.bool_hint"))


def parse_marker(raw: Any) -> Typed:
    """Theme markers 0/1/2, also 'nein'/'ja'/'signifikant'/'Schwerpunkt'/'Hauptziel'."""
    if raw is None or raw == "":
        return NOTHING
    if isinstance(raw, bool):
        return Typed(int(raw))
    key = " ".join(as_text(raw).casefold().split())
    if key in _MARKERS:
        return Typed(_MARKERS[key])
    if is_mark(key):  # "-", "k. A.": no value, like an empty cell (named in the plan)
        return NOTHING
    return Typed(error=say("cell.not_marker", value=as_shown(raw)), suggestion=say("cell.marker_hint"))


def parse_status(raw: Any) -> Typed:
    if is_blank(raw):
        return NOTHING
    key = " ".join(as_text(raw).casefold().split())
    if key in _STATUS:
        return Typed(_STATUS[key])
    close = difflib.get_close_matches(key, list(STATUS_NAMES.values()), n=2, cutoff=0.6)
    suggestion = did_you_mean(close) if close else choices(list(STATUS_NAMES.values()))
    return Typed(error=say("cell.not_status", value=as_shown(raw)), suggestion=suggestion)


_LIST_SPLIT = re.compile(r"[;|\n]+")


def parser_for(field_name: str, scale: float, taxonomy) -> Any:
    """The parser for one canonical field (raw cell value -> Typed); Excel error values first."""
    from dashboard.ingest.fields import BY_NAME
    from dashboard.ingest.lookups import lookups

    f = BY_NAME[field_name]
    if f.kind in ("ref", "ref_list"):
        lookup = lookups(taxonomy)[f.ref]

        def parse_ref(raw: Any) -> Typed:
            if is_blank(raw):
                return NOTHING
            found = lookup.resolve(as_text(raw))
            if found.code is None and raw.__class__ is not str:  # a number or date cell: the
                found = lookup.resolve(as_text(raw), as_shown(raw))  # message quotes it as shown
            return Typed(found.code) if found.code else Typed(error=found.message, suggestion=found.suggestion)

        def parse_ref_list(raw: Any) -> Typed:
            """'M01; Mobilität' -> ['M01', 'M09']; commas split too, unless a name has one."""
            if is_blank(raw):
                return NOTHING
            codes: list[str] = []
            for part in _LIST_SPLIT.split(as_text(raw)):
                found = parse_ref(part.strip()) if part.strip() else NOTHING
                if "," in part:
                    pieces = [parse_ref(p.strip()) for p in part.split(",") if p.strip()]
                    error = next((p for p in pieces if p.error), None)
                    if error is None:
                        found = Typed([p.value for p in pieces])
                    elif found.error:
                        found = error
                if found.error:
                    return found
                for code in found.value if isinstance(found.value, list) else [found.value]:
                    if code is not None and code not in codes:
                        codes.append(code)
            return Typed(codes) if codes else NOTHING

        base = parse_ref if f.kind == "ref" else parse_ref_list
    elif f.kind == "amount":
        def base(raw: Any) -> Typed:
            return parse_amount(raw, scale)
    else:
        base = {"text": parse_text, "marker": parse_marker, "integer": parse_integer,
                "date": parse_date, "bool": parse_bool, "status": parse_status}[f.kind]

    def parse(raw: Any) -> Typed:
        if raw.__class__ is str and raw[:1] == "#" or raw.__class__ is UnsavedFormula:
            return excel_error(raw) or base(raw)
        return base(raw)

    return parse
