"""Excel error cells (#DIV/0!, #NV, #BEZUG! …) of an .xlsx/.xlsm sheet. The spreadsheet reader
(calamine) returns them as empty cells, which would lose what the person wrote without a word;
this reads them from the sheet's XML (only when the sheet has any) so the import names each one
with row and column ("Die Zelle enthält den Excel-Fehler …")."""

from __future__ import annotations

import io
import re
import zipfile
from posixpath import dirname, join, normpath

_SHEET = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
_SHEET_ALT = re.compile(rb'<sheet\b[^>]*?\br:id="([^"]*)"[^>]*?\bname="([^"]*)"')
_REL = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
_REL_ALT = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')
# a cell with t="e" and a body (a self-closing one has no value to lose)
_ERROR_CELL = re.compile(rb'<(?:\w+:)?c\b([^>/]*\bt="e"[^>/]*)>(.*?)</(?:\w+:)?c>', re.DOTALL)
_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
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


def _sheet_path(book: zipfile.ZipFile, name: str) -> str | None:
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


_CHUNK = 1 << 22  # the sheet XML is searched 4 MB at a time


def _has_errors(part) -> bool:
    """Whether the XML stream has a t="e" cell, read in chunks: a 200.000-row sheet is 400 MB
    of XML, which must not sit in memory beside the grid just to find none (issue 19)."""
    tail = b""
    while chunk := part.read(_CHUNK):
        if b't="e"' in tail + chunk[:8] or b't="e"' in chunk:
            return True
        tail = chunk[-8:]
    return False


def error_cells(data: bytes, sheet: str) -> dict[tuple[int, int], str]:
    """{(row, column) 0-based: the error text} of the worksheet `sheet`; {} when it has none
    or the parts cannot be found (the file already passed the safety checks)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            path = _sheet_path(book, sheet)
            if path is None:
                return {}
            with book.open(path) as part:
                if not _has_errors(part):  # the common case: nothing read whole, nothing parsed
                    return {}
            xml = book.read(path)
    except (KeyError, zipfile.BadZipFile):
        return {}
    found = {}
    for attrs, body in _ERROR_CELL.findall(xml):
        ref, value = _REF.search(attrs), _VALUE.search(body)
        if ref and value:
            found[(int(ref.group(2)) - 1, _column(ref.group(1)))] = _unescape(value.group(1))
    return found
