"""What reading a project list yields: typed rows with their cell positions, and every problem
found, each located as Excel shows it (file, sheet, row, column letter and header)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from dashboard.domain.taxonomy import Taxonomy


@dataclass(frozen=True)
class Issue:
    """One problem (error stops the row, warning does not), with where it is and what to do."""

    severity: Literal["error", "warning"]
    message: str                      # German sentence
    file: str
    sheet: str | None = None
    row: int | None = None            # row number as Excel shows it (1-based)
    column: str | None = None         # header text as in the file
    column_letter: str | None = None  # "A", "B", ... "AA"
    value: str | None = None          # offending value as text
    suggestion: str | None = None     # e.g. "Meinten Sie: M02 Wasserstoffmodellregion Sachsen?"

    def location(self) -> str:
        """German: 'Datei x.xlsx, Blatt Projekte, Zeile 7, Spalte C (Revier)'."""
        parts = [f"Datei {self.file}"]
        if self.sheet:
            parts.append(f"Blatt {self.sheet}")
        if self.row is not None:
            parts.append(f"Zeile {self.row}")
        if self.column_letter and self.column:
            parts.append(f"Spalte {self.column_letter} ({self.column})")
        elif self.column_letter or self.column:
            parts.append(f"Spalte {self.column_letter or self.column}")
        return ", ".join(parts)


@dataclass(frozen=True)
class SourceColumn:
    """A column of the file: its letter, header text, and the canonical field (None = unknown)."""

    letter: str
    header: str
    field: str | None


@dataclass
class ParsedRow:
    """One data row. values hold typed, normalised values (codes for references, date, float
    EUR, int, bool, list[str] for ref_list, 0/1/2 for markers, status code); a field with an
    error is missing from values and has an Issue in issues."""

    row: int                          # Excel row number
    values: dict[str, Any]
    raw: dict[str, Any]               # canonical field -> raw cell value as read
    issues: list[Issue] = field(default_factory=list)
    cells: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (letter, header)

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


@dataclass
class ParsedTable:
    """The rows of one sheet plus file-level notices (skipped sheets/rows, unknown columns, scaling)."""

    file_name: str
    sheet: str
    header_row: int
    columns: list[SourceColumn]
    rows: list[ParsedRow]
    notices: list[Issue] = field(default_factory=list)
    available_sheets: list[str] = field(default_factory=list)

    @property
    def issues(self) -> list[Issue]:
        """Notices followed by every cell-level issue, in row order."""
        return [*self.notices, *(i for r in self.rows for i in r.issues)]


class FileRejected(Exception):
    """The whole file is refused; .message is one German sentence naming the file."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def read_project_list(
    data: bytes | Path, file_name: str, taxonomy: Taxonomy, sheet: str | None = None
) -> ParsedTable:
    """Read a project list (.xlsx/.xlsm/.xls/.xlsb/.ods/.csv) into typed rows and issues.

    Raises FileRejected for unreadable, hostile or header-less files. `sheet` picks a sheet by
    name; otherwise the first visible sheet with a recognisable header is used.
    """
    from dashboard.ingest.reader import read_table

    return read_table(data, file_name, taxonomy, sheet)
