"""The import's share of access control: rows of Fachnetzwerke outside the actor's scope are
errors per cell (never written, also with partial commit), and which networks a plan or an
earlier batch touched (for the audit log and for refusing undo)."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest.messages import say
from dashboard.ingest.rules import Problems
from dashboard.store.gateway import named_sql

Scope = frozenset[str] | None  # None: every network


def network_codes(pairs: Iterable[tuple[object, object]], taxonomy: Taxonomy) -> list[str | None]:
    """The Fachnetzwerk code of each (revier_code, focus_area_code), None when unknown."""
    memo: dict[tuple, str | None] = {}
    out = []
    for pair in pairs:
        if pair not in memo:
            found = (taxonomy.network_for(*pair) if all(isinstance(v, str) for v in pair)
                     else None)
            memo[pair] = found.code if found else None
        out.append(memo[pair])
    return out


def check_scope(problems: Problems, cols: dict[str, list], taxonomy: Taxonomy,
                scope: Scope) -> None:
    """An error on the Schwerpunkt cell of every row whose network lies outside `scope`, and on
    the project-number cell of a stored project that belongs to such a network today."""
    if scope is None:
        return
    label = ", ".join(sorted(scope)) or say("word.none")
    rows = network_codes(zip(cols["revier_code"], cols["focus_area_code"], strict=True), taxonomy)
    olds = cols.get("_old") or [None] * len(rows)
    stored = network_codes([((o or {}).get("revier_code"), (o or {}).get("focus_area_code"))
                            for o in olds], taxonomy)
    for i, (now, before) in enumerate(zip(rows, stored, strict=True)):
        if before is not None and before not in scope:
            problems.add(i, "project_id", say("scope.stored", network=before, scope=label))
        elif now is not None and now not in scope:
            problems.add(i, "focus_area_code", say("scope.outside", network=now, scope=label))


def plan_networks(frames: Iterable[pd.DataFrame], taxonomy: Taxonomy) -> list[str]:
    """The networks of the projects in these plan frames (new and changed rows)."""
    found: set[str] = set()
    for f in frames:
        if len(f):
            found.update(c for c in network_codes(zip(f["revier_code"], f["focus_area_code"],
                                                      strict=True), taxonomy) if c)
    return sorted(found)


def batch_networks(cur: duckdb.DuckDBPyConnection, batch_id: int,
                   taxonomy: Taxonomy) -> list[str]:
    """Networks of every project a batch created or changed: as they are now and as they were
    before the batch (a project moved away from a network still concerns that network)."""
    df = cur.execute(named_sql("scope_batch_networks"), [batch_id]).df()
    return sorted({c for c in network_codes(zip(df["revier_code"], df["focus_area_code"],
                                                strict=True), taxonomy) if c})
