"""Plausible demo targets for the Wirkung page, scaled to the generated projects: jobs and
apprenticeships per Revier (a first version and a later revision, so versions show), InvKG
funding per Revier against its envelope, granted projects per Förderbereich."""

from __future__ import annotations

from datetime import date

from dashboard.domain.filters import Filters
from dashboard.domain.impact import Target
from dashboard.impact.service import set_target
from dashboard.store.gateway import Database

ACTOR = "demo"


def _round(value: float) -> float:
    step = 10 if value < 1000 else 100
    return float(max(step, round(value / step) * step))


def plant_targets(db: Database) -> int:
    """Insert the demo targets; returns how many versions were written."""
    from dashboard.analytics.impact import derived_values

    values = derived_values(db, Filters())

    def value(code: str, scope: str, scope_code: str, stage: str) -> float:
        sel = values[(values["indicator_code"] == code) & (values["scope"] == scope)
                     & (values["scope_code"] == scope_code) & (values["stage"] == stage)]
        return float(sel["value"].fillna(0).sum())

    written = 0
    for revier in ("LR", "MR"):
        for code, factor in (("JOBS", 0.9), ("APPR", 0.8)):
            decided = value(code, "revier", revier, "decided")
            first = Target(indicator_code=code, scope="revier", scope_code=revier,
                           period_start=2021, period_end=2030, baseline=0,
                           target_value=_round(decided * factor * 0.8), valid_from=date(2021, 7, 1),
                           note="Erste Zielsetzung")
            set_target(db, first, actor=ACTOR, audited=False)
            set_target(db, first.model_copy(update={"target_value": _round(decided * factor),
                                                    "valid_from": date(2025, 1, 1),
                                                    "note": "Nach Halbzeitbewertung angepasst"}),
                       actor=ACTOR, audited=False)
            written += 2
        envelope = db.scalar("SELECT sum(amount_eur)::DOUBLE FROM ref_envelope WHERE fund = "
                             "'InvKG' AND revier_code = ?", [revier]) or 0.0
        if envelope:
            set_target(db, Target(indicator_code="GRANT", scope="revier", scope_code=revier,
                                  period_start=2020, period_end=2038, baseline=0,
                                  target_value=envelope, valid_from=date(2020, 8, 14),
                                  note="Finanzrahmen InvKG § 3"), actor=ACTOR, audited=False)
            written += 1
    for area in ("FB1", "FB5", "FB7", "FB8"):
        decided = value("PROJ", "invkg_area", area, "decided")
        set_target(db, Target(indicator_code="PROJ", scope="invkg_area", scope_code=area,
                              period_start=2021, period_end=2027, baseline=0,
                              target_value=max(2.0, round(decided * 1.4)), valid_from=date(2022, 1, 1)),
                   actor=ACTOR, audited=False)
        written += 1
    return written
