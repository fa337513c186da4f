"""Guards that run BEFORE any parser sees an uploaded file: size, format by content (not by the
file name), encryption, zip bombs and XML entity tricks. Each failure is one sentence (German
unless the run is English).

Limits (decided, documented): an upload may be at most 64 MB, and unpack to at most 1 GB with
no part compressed more than 200:1. The app's own export of 200.000 projects (MAX_DATA_ROWS,
demo data with every field filled) is 50,3 MB and unpacks to 408 MB at a ratio of 8,5 (issue
19: the limit was 30 MB and refused it); zip bombs reach ratios in the thousands. A
100.000-row list with 20 columns is ~8 MB as .xlsx and ~15 MB as .csv. A larger file is
refused at once, before anything is unpacked or parsed, which keeps memory bounded; the
message says to split the list.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from dashboard import i18n
from dashboard.ingest.messages import FileRejected, grouped, say

MAX_FILE_BYTES = 64 * 1024 * 1024           # whole upload (the app's own export of 200k: 50 MB)
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024  # sum of declared sizes in the zip directory
MAX_ZIP_ENTRIES = 10_000
MAX_COMPRESSION_RATIO = 200                 # per entry; real sheets compress 5-30x
MAX_DATA_ROWS = 200_000                     # data rows below the header of one sheet
MAX_SHEET_ROWS = MAX_DATA_ROWS + 1_000      # rows read at all (title rows, header, notes)
MAX_BLANK_RUN = 1_000                       # stop after this many blank rows in a row
PROLOG_BYTES = 64 * 1024                    # a DOCTYPE can only stand before the root element

Format = Literal["xlsx", "xlsb", "ods", "xls", "csv"]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_TEXT_EXTENSIONS = (".csv", ".txt", ".tsv")
_EXCEL_EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


def _mb(size: int) -> str:
    text = f"{size / 1024 / 1024:.1f}"
    return text if i18n.language() == "en" else text.replace(".", ",")


def check_upload(data: bytes, file_name: str) -> Format:
    """Return the file's real format or raise FileRejected; reads only the zip directory and
    the first bytes of each XML part, never a whole sheet."""
    if not data:
        raise FileRejected(say("file.empty", file=file_name))
    check_size(len(data), file_name)
    lower = file_name.lower()
    if data.startswith((_ZIP_MAGIC, b"PK\x05\x06")):
        return _check_zip(data, file_name)
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_PACKAGE in data:
            raise protected(file_name)
        return "xls"
    if lower.endswith(_EXCEL_EXTENSIONS) or not lower.endswith(_TEXT_EXTENSIONS):
        raise FileRejected(say("file.not_excel", file=file_name))
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileRejected(say("file.binary_csv", file=file_name))
    return "csv"


def check_size(size: int, file_name: str) -> None:
    if size > MAX_FILE_BYTES:
        raise FileRejected(say("file.too_big", file=file_name, size=_mb(size),
                               limit=MAX_FILE_BYTES // 1024 // 1024))


def protected(file_name: str) -> FileRejected:
    return FileRejected(say("file.protected", file=file_name))


def corrupt(file_name: str) -> FileRejected:
    return FileRejected(say("file.corrupt", file=file_name))


def _check_zip(data: bytes, file_name: str) -> Format:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise corrupt(file_name) from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise _bomb(file_name)
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if total > MAX_UNCOMPRESSED_BYTES or (entry.file_size > 1_000_000 and ratio > MAX_COMPRESSION_RATIO):
            raise _bomb(file_name)
    names = {e.filename for e in entries}
    if "xl/workbook.xml" in names:
        kind: Format = "xlsx"
    elif "xl/workbook.bin" in names:
        kind = "xlsb"
    elif "content.xml" in names:
        kind = "ods"
    else:
        raise FileRejected(say("file.zip_not_book", file=file_name))
    for entry in entries:
        if entry.filename.endswith((".xml", ".rels", ".vml")):
            _check_prolog(archive, entry, file_name)
    return kind


def _check_prolog(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, file_name: str) -> None:
    try:
        with archive.open(entry) as part:
            head = part.read(PROLOG_BYTES)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        if "encrypted" in str(exc).lower():
            raise protected(file_name) from None
        raise corrupt(file_name) from None
    if _DTD.search(head):
        raise FileRejected(say("file.dtd", file=file_name))


def _bomb(file_name: str) -> FileRejected:
    return FileRejected(say("file.bomb", file=file_name,
                            limit=grouped(MAX_UNCOMPRESSED_BYTES // 1024 // 1024),
                            entries=grouped(MAX_ZIP_ENTRIES)))
