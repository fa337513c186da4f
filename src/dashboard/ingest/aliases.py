"""Remembered import decisions ("für dieses Fachnetzwerk merken", issue 19): read for every
upload, written with the import that remembers them, listed and removed on Administration.
Every write checks the actor here: the network's management or Administration."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from dashboard.access import Actor, PermissionDenied, may, require
from dashboard.audit import append
from dashboard.ingest.decisions import Alias, Applied
from dashboard.ingest.fields import norm
from dashboard.ingest.messages import say
from dashboard.store.gateway import Database, named_sql
from dashboard.store.schema import applied as applied_migrations

ALIAS_MIGRATION = 10


def load_aliases(db: Database) -> list[Alias]:
    """Every remembered decision (none on a database without the table, e.g. read-only old)."""
    frame = list_aliases(db)
    return [Alias(r.network_code, r.field, r.value, r.code) for r in frame.itertuples()]


def list_aliases(db: Database) -> pd.DataFrame:
    """The table Administration shows."""
    if ALIAS_MIGRATION not in applied_migrations(db):
        return pd.DataFrame(columns=["network_code", "network_name", "field", "value_key", "value",
                                     "code", "created_at", "created_by", "batch_id"])
    return db.query("ingest_aliases").df


def to_remember(applied: Iterable[Applied], chosen: Iterable[tuple[str, str]]) -> list[Alias]:
    """The aliases of the applied decisions the person ticked ((field, value) pairs), one per
    Fachnetzwerk whose rows they changed."""
    wanted = {(f, norm(v)) for f, v in chosen}
    return [Alias(network, a.field, a.value, a.code) for a in applied
            if a.source == "decision" and (a.field, norm(a.value)) in wanted
            for network in sorted(a.networks)]


def check_remember(actor: Actor, applied: Iterable[Applied],
                   chosen: Iterable[tuple[str, str]]) -> list[Alias]:
    """The aliases to write, or PermissionDenied naming the first network the actor may not
    decide for (or a value whose rows have no network)."""
    chosen = list(chosen)
    for a in applied:
        if a.source != "decision" or (a.field, norm(a.value)) not in {(f, norm(v)) for f, v in chosen}:
            continue
        if not a.networks:
            raise PermissionDenied(say("decision.alias_no_network", value=a.value, code=a.code))
        for network in sorted(a.networks):
            if not may(actor, "remember_alias", network):
                raise PermissionDenied(say("decision.alias_denied", value=a.value, code=a.code,
                                           network=network))
    return to_remember(applied, chosen)


def write_aliases(cur: duckdb.DuckDBPyConnection, actor: Actor, aliases: list[Alias],
                  batch_id: int | None, where: str) -> None:
    """Inside the import's transaction: store and audit each alias (checked again here)."""
    for a in aliases:
        require(actor, "remember_alias", a.network)
        cur.execute(named_sql("ingest_alias_put"), [a.network, a.field, norm(a.value), a.value,
                                                     a.code, actor.identity, batch_id])
        append(cur, actor, "alias", {"network": a.network, "field": a.field, "value": a.value,
                                     "code": a.code, "batch": batch_id}, where, [a.network])


def remove_alias(db: Database, actor: Actor, network: str, field: str, value: str, *,
                 where: str = "page:administration") -> bool:
    """Forget one remembered decision (audited); False when there was none."""
    require(actor, "remember_alias", network)
    with db.transaction() as cur:
        gone = cur.execute(named_sql("ingest_alias_delete"), [network, field, norm(value)]).fetchall()
        if gone:
            append(cur, actor, "alias_removed", {"network": network, "field": field,
                                                 "value": gone[0][0], "code": gone[0][1]},
                   where, [network])
    return bool(gone)
