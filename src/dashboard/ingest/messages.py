"""The import's sentences in the reader's language, and the two types that carry them (Issue,
FileRejected).

The sentences themselves live with every other text in dashboard.texts (area ingest: German and
English with the same keys and placeholders, tests/unit/ingest_english/test_message_languages.py).
`say` is dashboard.texts.t, the one lookup: it picks the language of the thread
(dashboard.i18n.language()) at the moment the message is made: the import page sets it, every
other caller gets German. Every key the pipeline uses exists (tests/unit/ingest_issue11/
test_shape.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from dashboard import formatting, i18n
from dashboard.texts import said as say
from dashboard.texts import sayable

LIST_CUT = 20   # "Erlaubt sind: …" names at most this many choices


def as_text(raw: Any) -> str:
    """A cell as the user sees it: 17.0 -> '17', dates as 31.12.2025."""
    if isinstance(raw, bool):
        return "WAHR" if raw else "FALSCH"
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e15 else str(raw).replace(".", ",")
    if isinstance(raw, datetime):
        return raw.strftime("%d.%m.%Y") if raw.time() == datetime.min.time() else raw.strftime("%d.%m.%Y %H:%M")
    if isinstance(raw, date):
        return raw.strftime("%d.%m.%Y")
    return str(raw).strip()


@sayable
def as_shown(raw: Any) -> str:
    """A cell as a message quotes it: as_text in German; in English a boolean cell is TRUE/FALSE,
    a number cell has a decimal point and a date cell reads 1 Feb 2026. Text the user typed is
    never changed (as_text stays the value the import reads and stores)."""
    if i18n.language() == i18n.DEFAULT or isinstance(raw, str):
        return as_text(raw)
    if isinstance(raw, bool):
        return say("cell.true") if raw else say("cell.false")
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e15 else str(raw)
    if isinstance(raw, (date, datetime)):
        from dashboard.formatting import fmt_date

        day = fmt_date(raw)
        timed = isinstance(raw, datetime) and raw.time() != datetime.min.time()
        return f"{day} {raw:%H:%M}" if timed else day
    return as_text(raw)


@sayable
def quoted(text: object) -> str:
    """„text“ (German) / “text” (English)."""
    return say("quote", text=text)


@sayable
def grouped(n: int) -> str:
    """1000 -> '1.000' (German) / '1,000' (English): counts and limits inside sentences."""
    text = f"{n:,}"
    return text if i18n.language() == "en" else text.replace(",", ".")


def n_values(n: int) -> str:
    """'ihr Wert wird' / 'ihre 1.234 Werte werden' (for '… nicht gespeichert')."""
    return say("word.value_one") if n == 1 else say("word.values", n=grouped(n))


def choices(options: list[str], *, limit: int = LIST_CUT) -> str:
    """'Erlaubt sind: a, b, c.' - every option, or the first `limit` and how many more."""
    if len(options) <= limit:
        return say("ref.allowed", options=", ".join(options))
    return say("ref.allowed_cut", options=", ".join(options[:limit]), more=len(options) - limit)


@sayable
def joined(options: list[str], word: str = "word.or") -> str:
    """'a oder b' / 'a, b oder c' (word.or; word.and: 'a und b'), in the thread's language."""
    glue = f" {say(word)} "
    return glue.join(options) if len(options) <= 2 else ", ".join(options[:-1]) + glue + options[-1]


@sayable
def listed(items: list, glue: str = ", ") -> str:
    """Items (themselves texts of the reader's language) in one line: 'a, b, c'."""
    return glue.join(str(i) for i in items)


@sayable
def cell_named(raw: object, where: str) -> str:
    """„text“ (B1): a cell's value (cut at 60 characters) and where it is."""
    return f"{quoted(str(as_shown(raw))[:60])} ({where})"


@sayable
def did_you_mean(options: list[str]) -> str:
    """'Meinten Sie: a oder b?' / 'Meinten Sie: a, b oder c?'."""
    return say("ref.did_you_mean", options=joined(options))


def row_ranges(rows: list[int], limit: int = 12) -> str:
    """[2, 3, 4, 7] -> '2–4, 7' (at most `limit` ranges, then '…')."""
    ranges: list[str] = []
    start = prev = None
    for r in sorted(rows):
        if prev is not None and r == prev + 1:
            prev = r
            continue
        if start is not None:
            ranges.append(f"{start}–{prev}" if prev != start else str(start))
        start = prev = r
    if start is not None:
        ranges.append(f"{start}–{prev}" if prev != start else str(start))
    return ", ".join(ranges[:limit]) + (" …" if len(ranges) > limit else "")


@dataclass(frozen=True)
class Issue:
    """One problem (error stops the row, warning does not), with where it is and what to do."""

    severity: Literal["error", "warning"]
    message: str                      # sentence in the language of the run that made it
    file: str
    sheet: str | None = None
    row: int | None = None            # row number as Excel shows it (1-based)
    column: str | None = None         # header text as in the file
    column_letter: str | None = None  # "A", "B", ... "AA"
    value: str | None = None          # offending value as text
    suggestion: str | None = None     # e.g. "Meinten Sie: M02 Wasserstoffmodellregion Sachsen?"
    confirm: bool = False             # a warning the person must confirm before the commit

    def location(self) -> str:
        """'Datei x.xlsx, Blatt Projekte, Zeile 7, Spalte C (Revier)' (English: 'File x.xlsx,
        sheet Projekte, row 7, column C (Revier)')."""
        parts = [say("where.file", file=self.file)]
        if self.sheet:
            parts.append(say("where.sheet", sheet=self.sheet))
        if self.row is not None:
            parts.append(say("where.row", row=self.row))
        if self.column_letter and self.column:
            parts.append(say("where.column_named", letter=self.column_letter, header=self.column))
        elif self.column_letter or self.column:
            parts.append(say("where.column", column=self.column_letter or self.column))
        return ", ".join(parts)


class HasIssues:
    """Errors and warnings of a result with an `issues` list (plans and reads of uploads)."""
    issues: list[Issue]

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    @property
    def to_confirm(self) -> list[Issue]:
        """The warnings that need a confirmation before a commit (values beyond a
        plausibility warning bound)."""
        return [i for i in self.issues if i.confirm]


def errors_first(issues: list[Issue]) -> list[Issue]:
    """Errors before warnings; each group keeps its order (file notices, then by row)."""
    return sorted(issues, key=lambda i: i.severity != "error")


class FileRejected(Exception):
    """The whole file is refused; .message is one sentence naming the file (German unless
    the run is English)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# the number and date formats of messages: results that `texts.again` writes anew in the
# reader's language (an import plan is made once and shown in German or English)
fmt_date = sayable(formatting.fmt_date)
fmt_datetime = sayable(formatting.fmt_datetime)
fmt_eur = sayable(formatting.fmt_eur)
fmt_int = sayable(formatting.fmt_int)
