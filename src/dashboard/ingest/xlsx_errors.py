"""Excel error cells (#DIV/0!, #NV, #BEZUG! …) and formulas without a saved value (tools such as
openpyxl write the formula only) of an .xlsx/.xlsm sheet. The spreadsheet reader (calamine)
returns both as empty cells, which would lose what the person wrote without a word; this reads
them from the sheet's XML (parsed only when a byte search finds any) so the import names each one
with row and column."""

from __future__ import annotations

import io
import re
import zipfile
from posixpath import dirname, join, normpath
from typing import NamedTuple

_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_ALT = re.compile(rb'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_ALT = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
# a cell with t="e" and a body (a self-closing one has no value to lose)
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b([^>/]*\bt="e"[^>/]*)>(.*?)</(?:\w+:)?c>', re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
# a formula whose <v> is missing or empty, up to the end of its cell (found from the <f>: far
# fewer tries than from every <c>); an empty value of type "str" is a saved empty text
_UNSAVED = re.compile(rb'<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*'
                      rb'(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>')
# an unsaved formula as openpyxl, Apache POI and others write it (Excel, LibreOffice never do)
_UNSAVED_HINTS = (b"<v></v>", b"</f></c>", b"<v/>")
_ENTITIES = {b"&amp;": b"&", b"&lt;": b"<", b"&gt;": b">", b"&quot;": b'"', b"&apos;": b"'"}


def _unescape(raw: bytes) -> str:
    for entity, char in _ENTITIES.items():
        raw = raw.replace(entity, char)
    return raw.decode("utf-8", "replace")


def _column(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number - 1


def sheet_path(book: zipfile.ZipFile, name: str) -> str | None:
    workbook = book.read("xl/workbook.xml")
    rels = book.read("xl/_rels/workbook.xml.rels")
    ids = {_unescape(n): r for n, r in _SHEET.findall(workbook)} | \
        {_unescape(n): r for r, n in _SHEET_ALT.findall(workbook)}
    targets = dict(_REL.findall(rels)) | {i: t for t, i in _REL_ALT.findall(rels)}
    target = targets.get(ids.get(name, b""))
    if target is None:
        return None
    text = target.decode("utf-8")
    return text.lstrip("/") if text.startswith("/") else normpath(join(dirname("xl/workbook.xml"),
                                                                        text))


class UnsavedFormula(NamedTuple):
    """A formula cell whose file holds no value: what Excel would show is unknown until the file
    is opened and saved there. Shown as its formula text, never stored. (A named tuple: a list
    written by such a tool may hold one in every row, and it is made ten times faster than a
    frozen dataclass.)"""

    formula: str   # without the leading "="

    def __str__(self) -> str:
        return f"={self.formula}"


_CHUNK = 1 << 22  # the sheet XML is searched 4 MB at a time


def _has_any(part, needles: tuple[bytes, ...]) -> bool:
    """Whether the XML stream holds one of `needles`, read in chunks: a 200.000-row sheet is
    400 MB of XML, which must not sit in memory beside the grid just to find none (issue 19)."""
    overlap = max(len(n) for n in needles) - 1
    tail = b""
    while chunk := part.read(_CHUNK):
        window = tail + chunk
        if any(n in window for n in needles):
            return True
        tail = window[-overlap:]
    return False


def formula_cells(data: bytes, sheet: str, unsaved: bool = True
                  ) -> dict[tuple[int, int], str | UnsavedFormula]:
    """{(row, column) 0-based: the error text or UnsavedFormula (only if `unsaved`)} of the
    worksheet `sheet`; {} when it has none or the parts cannot be found (the file already passed
    the safety checks)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            path = sheet_path(book, sheet)
            if path is None:
                return {}
            needles = (b't="e"', *(_UNSAVED_HINTS if unsaved else ()))
            with book.open(path) as part:
                if not _has_any(part, needles):  # the common case: nothing read whole or parsed
                    return {}
            xml = book.read(path)
    except (KeyError, zipfile.BadZipFile):
        return {}
    found: dict[tuple[int, int], str | UnsavedFormula] = {}
    if unsaved and b'<f' in xml and any(hint in xml for hint in _UNSAVED_HINTS):
        for match in _UNSAVED.finditer(xml):
            end = match.start()
            start = xml.rfind(b"<", 0, end)  # the cell's start tag
            ref = _REF.search(xml, start, end)
            if ref and xml.find(b't="str"', start, end) < 0:
                formula = match.group(1) or b""
                found[(int(ref.group(2)) - 1, _column(ref.group(1)))] = UnsavedFormula(
                    _unescape(formula) if b"&" in formula else formula.decode("utf-8", "replace"))
    if b't="e"' not in xml:  # the common case: byte searches, nothing parsed
        return found
    for attrs, body in _ERROR_CELL.findall(xml):
        ref, value = _REF.search(attrs), _VALUE.search(body)
        if ref and value:
            found[(int(ref.group(2)) - 1, _column(ref.group(1)))] = _unescape(value.group(1))
    return found
