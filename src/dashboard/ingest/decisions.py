"""The person's answer to a suggestion (issue 19): "Vorschlag übernehmen" for one distinct value
of one reference column applies to all its cells of this upload; a remembered answer (an alias
of a Fachnetzwerk) applies to that network's rows of later uploads, with a notice.

Decisions and aliases are inputs of parsing (ingest.parse), never edits of the file: the same
bytes with the same decisions give the same plan. Only a refused cell is ever read through a
decision; a value the reader knows is never overridden.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest.fields import BY_NAME, norm
from dashboard.ingest.lookups import lookups
from dashboard.ingest.messages import Issue, as_text, row_ranges, say

_LIST_SPLIT = re.compile(r"[;|\n]+")


@dataclass(frozen=True)
class Decision:
    """Read `value` in `field` as `code`. field None (the command line): every reference column
    whose table has the code."""

    value: str
    code: str
    field: str | None = None

    @property
    def key(self) -> str:
        return norm(self.value)


@dataclass(frozen=True)
class Alias:
    """A remembered decision of one Fachnetzwerk."""

    network: str
    field: str
    value: str
    code: str


@dataclass
class Offer:
    """A refused value with suggested codes: one decision covers all `rows`."""

    field: str
    header: str
    letter: str
    value: str
    codes: list[str]
    rows: list[int] = field(default_factory=list)
    networks: set[str] = field(default_factory=set)
    decided: str | None = None  # the code a decision of this upload reads it as


@dataclass
class Applied:
    """Cells read through a decision (source 'decision') or an alias (source 'alias')."""

    field: str
    header: str
    letter: str
    value: str
    code: str
    source: str
    rows: list[int] = field(default_factory=list)
    networks: set[str] = field(default_factory=set)

    def to_json(self) -> dict:
        return {"column": self.header, "letter": self.letter, "field": self.field,
                "value": self.value, "code": self.code, "source": self.source,
                "cells": len(self.rows), "rows": row_ranges(self.rows),
                "networks": sorted(self.networks)}


def parse_assignment(text: str, taxonomy: Taxonomy) -> Decision:
    """'Wirkstoffentwicklung=M05' -> Decision; ValueError (German sentence) when malformed or
    the code is in no reference table of a project list."""
    value, sep, code = text.rpartition("=")
    value, code = value.strip(), code.strip()
    if not sep or not value or not code:
        raise ValueError(say("decision.malformed", text=text))
    tables = [lk for lk in lookups(taxonomy).values() if code in lk.display]
    if not tables:
        upper = code.upper()
        tables = [lk for lk in lookups(taxonomy).values() if upper in lk.display]
        code = upper
    if not tables:
        raise ValueError(say("decision.unknown_code", code=code, text=text))
    return Decision(value, code)


def apply(columns, located, taxonomy: Taxonomy, decisions: Iterable[Decision] = (),
          aliases: Iterable[Alias] = ()) -> tuple[list[Applied], list[Offer], list[Issue]]:
    """Read refused reference cells through the decisions (this upload) and aliases (the row's
    Fachnetzwerk); list the remaining refused values that have suggestions. Changes `columns`
    (values and cell errors) in place: it is being built by ingest.parse."""
    decisions, aliases = list(decisions), list(aliases)
    tables = lookups(taxonomy)
    networks = _row_networks(columns, taxonomy) if columns.issues else []
    applied: dict[tuple, Applied] = {}
    offers: dict[tuple, Offer] = {}
    for col in located.read:
        f = BY_NAME[col.field]
        if f.kind not in ("ref", "ref_list") or not columns.issues:
            continue
        lookup = tables[f.ref]
        chosen = {d.key: d.code for d in decisions
                  if (d.field in (None, col.field)) and d.code in lookup.display}
        remembered = {(a.network, norm(a.value)): a.code for a in aliases
                      if a.field == col.field and a.code in lookup.display}
        raw_column = columns.raw.get(col.field)
        for n in sorted(columns.issues):
            mine = [i for i in columns.issues[n]
                    if i.severity == "error" and i.column_letter == col.letter]
            if not mine or raw_column is None:
                continue
            network = networks[n]
            codes, used, open_parts, decided = [], [], [], []
            for part in _parts(as_text(raw_column[n]), f.kind, lookup):
                found = lookup.resolve(part)
                key = norm(part)
                if found.code:
                    codes.append(found.code)
                elif key in chosen:
                    codes.append(chosen[key])
                    used.append((part, chosen[key], "decision"))
                    decided.append((part, found.codes or (chosen[key],), chosen[key]))
                elif (network, key) in remembered:
                    codes.append(remembered[network, key])
                    used.append((part, remembered[network, key], "alias"))
                else:
                    open_parts.append((part, found.codes))
            # the decided values stay offers (the person may take the decision back)
            for part, suggested, code in [(p, s, None) for p, s in open_parts] + decided:
                if suggested:
                    offer = offers.setdefault((col.field, norm(part)), Offer(
                        col.field, col.header, col.letter, part, list(suggested), decided=code))
                    offer.rows.append(columns.row_numbers[n])
                    if network:
                        offer.networks.add(network)
            if open_parts or not used:
                continue
            value = codes[0] if f.kind == "ref" else list(dict.fromkeys(codes))
            columns.values[col.field][n] = value
            rest = [i for i in columns.issues[n] if i not in mine]
            if rest:
                columns.issues[n] = rest
            else:
                del columns.issues[n]
            for part, code, source in used:
                item = applied.setdefault((col.field, norm(part), code, source), Applied(
                    col.field, col.header, col.letter, part, code, source))
                item.rows.append(columns.row_numbers[n])
                if network:
                    item.networks.add(network)
    notices = [_notice(a, located, taxonomy) for a in applied.values() if a.source == "alias"]
    return list(applied.values()), list(offers.values()), notices


def _parts(text: str, kind: str, lookup) -> list[str]:
    """A one-value cell is one part; a list cell splits as the reader splits it."""
    if kind == "ref":
        return [text]
    parts: list[str] = []
    for part in (p.strip() for p in _LIST_SPLIT.split(text)):
        if not part:
            continue
        if "," in part and not lookup.resolve(part).code:
            parts.extend(p.strip() for p in part.split(",") if p.strip())
        else:
            parts.append(part)
    return parts


def _row_networks(columns, taxonomy: Taxonomy) -> list[str | None]:
    """The Fachnetzwerk of each row (Revier + Schwerpunkt as read), None where unknown."""
    cache: dict[tuple, str | None] = {}
    out = []
    for pair in zip(columns.column("revier_code"), columns.column("focus_area_code"), strict=True):
        if pair not in cache:
            net = taxonomy.network_for(*pair) if all(pair) else None
            cache[pair] = net.code if net else None
        out.append(cache[pair])
    return out


def _notice(a: Applied, located, taxonomy: Taxonomy) -> Issue:
    display = lookups(taxonomy)[BY_NAME[a.field].ref].display.get(a.code, a.code)
    return Issue("warning", say("decision.alias_used", value=a.value, column=a.header,
                                code=display, n=len(a.rows), rows=row_ranges(a.rows),
                                networks=", ".join(sorted(a.networks))),
                 located.file_name, located.sheet, None, a.header, a.letter, a.value)
