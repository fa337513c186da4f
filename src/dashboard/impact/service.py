"""Administration's edits of targets, observations and envelopes: validated, written in one
transaction, each with the acting person (`actor`) and, for envelopes, a before/after record in
admin_change. Administration only (access policy "edit_reference", checked here, not only in
the pages); every edit writes its audit entry in the same transaction."""

from __future__ import annotations

import json

from dashboard.domain.impact import Observation, Target
from dashboard.store.gateway import Database, named_sql


class ImpactError(ValueError):
    """A wrong edit (German message for users)."""


def _actor(actor):
    """The acting Administration (an access.Actor, or a bare name: the CLI's, see
    ingest.accountable); PermissionDenied for every other role."""
    from dashboard.access import Actor, acting, require

    if not isinstance(actor, Actor) and (not actor or not str(actor).strip()):
        raise ImpactError("Ohne handelnde Person wird nichts gespeichert.")
    who = acting(actor)
    require(who, "edit_reference")
    return who


def _audit(cur, who, kind: str, detail: dict, where: str) -> None:
    from dashboard.audit import append

    append(cur, who, kind, detail, where)


def _known_indicator(db: Database, code: str) -> dict:
    row = db.query("SELECT * FROM indicator WHERE code = ?", [code]).first()
    if row is None:
        raise ImpactError(f"Den Indikator „{code}“ gibt es nicht.")
    return row


def set_target(db: Database, target: Target, *, actor, where: str = "cli",
               audited: bool = True) -> int:
    """Record a new version of a target (the earlier versions stay); returns its id.
    `audited=False` only for the generated demo data of `init --demo` (no person's write)."""
    from dashboard.impact.scopes import unknown_scope

    who = _actor(actor)
    indicator = _known_indicator(db, target.indicator_code)
    if problem := unknown_scope(db, target.scope, target.scope_code):
        raise ImpactError(problem)
    if indicator["derived"] and target.scope == "project":
        raise ImpactError(f"„{indicator['name']}“ wird je Bereich aus den Projektlisten "
                          "berechnet, nicht je Projekt: bitte einen Bereich wählen.")
    with db.transaction() as cur:
        row = cur.execute(named_sql("impact_target_insert"), [
            target.indicator_code, target.scope, target.scope_code, target.period_start,
            target.period_end, target.baseline, target.target_value, target.valid_from,
            who.identity, target.note]).fetchone()
        if audited:
            _audit(cur, who, "target", {"target_id": int(row[0]),
                                        **target.model_dump(mode="json")}, where)
    return int(row[0])


def record_observation(db: Database, observation: Observation, *, actor=None,
                       batch_id: int | None = None, where: str = "cli") -> int:
    """Record a value entered by hand (actor) or taken from an import (batch_id)."""
    who = _actor(actor or "") if batch_id is None else None
    indicator = _known_indicator(db, observation.indicator_code)
    if indicator["derived"]:
        raise ImpactError(f"„{indicator['name']}“ wird aus den Projektlisten berechnet; Werte "
                          "dafür kommen über den Import.")
    from dashboard.impact.scopes import unknown_scope

    if problem := unknown_scope(db, observation.scope, observation.scope_code):
        raise ImpactError(problem)
    with db.transaction() as cur:
        row = cur.execute(named_sql("impact_observation_insert"), [
            observation.indicator_code, observation.scope, observation.scope_code,
            observation.stage, observation.value, observation.as_of, batch_id,
            who.identity if who else actor]).fetchone()
        if who is not None:
            _audit(cur, who, "observation", {"observation_id": int(row[0]),
                                             **observation.model_dump(mode="json")}, where)
    return int(row[0])


def set_envelope(db: Database, *, fund: str, bundesland_code: str, revier_code: str | None,
                 period_start: int, amount_eur: float, actor, where: str = "cli") -> None:
    """Change the amount of one envelope; the change (before, after, who) is logged. A later
    `python -m dashboard reference` reloads envelopes.csv: keep the file in step."""
    who = _actor(actor)
    if amount_eur < 0:
        raise ImpactError("Ein Finanzrahmen kann nicht negativ sein.")
    key = [fund, bundesland_code, revier_code, period_start]
    before = db.query(named_sql("finance_envelope_get"), key).first()
    if before is None:
        raise ImpactError(f"Diesen Finanzrahmen gibt es nicht: {fund} {bundesland_code} "
                          f"{revier_code or '–'} ab {period_start}.")
    with db.transaction() as cur:
        cur.execute(named_sql("finance_envelope_update"), [amount_eur, *key])
        cur.execute(named_sql("admin_change_insert"), [
            "envelope", json.dumps(key), json.dumps({"amount_eur": float(before["amount_eur"])}),
            json.dumps({"amount_eur": float(amount_eur)}), who.identity])
        _audit(cur, who, "reference", {"table": "envelope", "key": key,
                                       "before": float(before["amount_eur"]),
                                       "after": float(amount_eur)}, where)


def targets(db: Database):
    """Every version of every target with its indicator's name and unit."""
    return db.query("impact_targets").df


def observations(db: Database, indicator_code: str):
    return db.query("impact_observations", [indicator_code]).df
