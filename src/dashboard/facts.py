"""Sentences as data: every number a title or key sentence states is a typed `Num` (value, unit,
what is counted), every sentence a text key plus its values, every "am meisten / am längsten"
a `Claim` about a column of the view's data. Rendering (German formats, singular/plural, ties)
happens here (in the active language), in one place, and the invariants (tests/figure_rules) can test each number against
the view's data and each claim against the chart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

import pandas as pd

from dashboard.formatting import fmt_date, fmt_eur_short, fmt_int, fmt_number, fmt_pct
from dashboard.texts import t, text_of

# "setting": a number the user chose (a threshold), stated but not counted from the data
# "points": a difference of two shares, in Prozentpunkte
Unit = Literal["count", "eur", "share", "points", "days", "number", "date", "setting"]


@dataclass(frozen=True)
class Num:
    """A number in a sentence. `noun` is a (singular, plural) text key for counts ("1 Projekt",
    "3 Projekte"); `decimals` applies to shares and plain numbers."""

    value: float
    unit: Unit = "count"
    noun: str | None = None
    decimals: int = 0

    def number_text(self) -> str:
        """The figure alone, formatted as everywhere else in the app."""
        if self.unit == "eur":
            return fmt_eur_short(self.value)
        if self.unit == "share":
            return fmt_pct(self.value, self.decimals)
        if self.unit == "number":
            return fmt_number(self.value, self.decimals)
        if self.unit == "points":
            return fmt_number(self.value * 100, self.decimals)
        if self.unit == "date":
            return fmt_date(self.value)  # type: ignore[arg-type]
        return fmt_int(self.value)

    def __str__(self) -> str:
        if self.noun and self.unit == "count":
            singular, plural = text_of(self.noun)
            return (singular if self.value == 1 else plural).format(n=self.number_text())
        return self.number_text()


def count(value: float, noun: str | None = None) -> Num:
    return Num(float(value), "count", noun)


def eur(value: float) -> Num:
    return Num(float(value), "eur")


def share(value: float, decimals: int = 0) -> Num:
    return Num(float(value), "share", decimals=decimals)


def points(value: float) -> Num:
    """A difference of two shares (0.12 -> '12'; the text says 'Prozentpunkte')."""
    return Num(float(value), "points")


def days(value: float) -> Num:
    return Num(float(value), "days")


def setting(value: float) -> Num:
    return Num(float(value), "setting")


def day(value: date) -> Num:
    return Num(value, "date")  # type: ignore[arg-type]


@dataclass(frozen=True)
class Sentence:
    """A text key and its values (Num or plain text). When the key holds a (singular, plural)
    pair, `agree` names the value whose count picks the form."""

    key: str
    values: Mapping[str, Num | str] = field(default_factory=dict)
    agree: str | None = None

    @property
    def text(self) -> str:
        filled = {k: str(v) for k, v in self.values.items()}
        raw = text_of(self.key)
        if isinstance(raw, tuple):
            n = self.values[self.agree] if self.agree else None
            chosen = raw[0] if isinstance(n, Num) and n.value == 1 else raw[1]
            return chosen.format(**filled)
        return t(self.key, **filled)

    def numbers(self) -> list[Num]:
        return [v for v in self.values.values() if isinstance(v, Num)]

    def template_text(self) -> str:
        """The raw text of the key (both forms), for literal numbers the template itself has."""
        raw = text_of(self.key)
        return " ".join(raw) if isinstance(raw, tuple) else raw

    def __str__(self) -> str:
        return self.text


def say(key: str, agree: str | None = None, **values: Num | str) -> Sentence:
    return Sentence(key, values, agree)


# -- claims about a maximum or minimum ------------------------------------------------------
@dataclass(frozen=True)
class Claim:
    """'`labels` have the `kind` (max/min) of `column` among the rows of the view's data'
    (optionally only rows where `where_column` equals `where_value`). A tie names all labels."""

    kind: Literal["max", "min"]
    column: str
    label_column: str
    labels: tuple[str, ...]
    value: float
    where_column: str | None = None
    where_value: object = None
    table: str | None = None  # a table of View.tables instead of View.data

    @property
    def is_tie(self) -> bool:
        return len(self.labels) > 1


def extreme(data: pd.DataFrame, column: str, label_column: str, kind: Literal["max", "min"] = "max",
            *, where_column: str | None = None, where_value: object = None,
            table: str | None = None) -> Claim | None:
    """The rows with the largest (smallest) value of `column`; None when no row has a value."""
    rows = data if where_column is None else data[data[where_column] == where_value]
    values = pd.to_numeric(rows[column], errors="coerce")
    if values.notna().sum() == 0:
        return None
    best = values.max() if kind == "max" else values.min()
    labels = tuple(str(x) for x in rows.loc[values == best, label_column])
    return Claim(kind, column, label_column, labels, float(best), where_column, where_value, table)


def join_names(names: Sequence[str], quote: bool = True) -> str:
    """„A“, „B“ und „C“ (“A”, “B” and “C” in English)."""
    items = [t("list.quoted", name=n) if quote else n for n in names]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + t("list.and") + items[-1]
