"""Figures of the Wirkung page: each target in force with its actual value, progress and status;
the values of one indicator per scope with their targets."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.analytics.memo import PerDatabase
from dashboard.domain.filters import Filters
from dashboard.domain.impact import (
    ACTUAL_STAGE,
    STAGES,
    combine,
    in_force,
    progress,
    status,
    time_share,
)
from dashboard.store.gateway import Database


def indicators(db: Database) -> pd.DataFrame:
    return db.query("impact_indicators").df


def indicator_list(db: Database, filters: Filters) -> pd.DataFrame:
    """The indicators (the signature of `ui.resources.load`; the filters do not matter)."""
    return indicators(db)


def target_versions(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    """Every version of every target, with whether it is in force on `today`."""
    targets = db.query("impact_targets").df
    return in_force(targets, today)


def versions_of(versions: pd.DataFrame, code: str, scope: str, scope_code: str | None
                ) -> pd.DataFrame:
    """The rows of `target_versions` that belong to one target (indicator, scope, code)."""
    return versions[(versions["indicator_code"] == code) & (versions["scope"] == scope)
                    & (versions["scope_code"].fillna("") == (scope_code or ""))]


SCOPE_COLUMNS = {"revier": "revier_code", "land": "bundesland_code",
                 "focus_area": "focus_area_code", "mission": "mission_code",
                 "programme": "programme_code", "invkg_area": "invkg_area"}
_VALUES = PerDatabase(kept=16)


def derived_values(db: Database, filters: Filters) -> pd.DataFrame:
    """Long table of the project-derived indicators: scope, scope_code, indicator, stage,
    value (NaN when no project gave one), reports (projects with a reported value)."""
    return _VALUES.get(db, ("derived", filters.model_dump_json()),
                       lambda: _derived_values(db, filters))


def _derived_values(db: Database, filters: Filters) -> pd.DataFrame:
    combos = query_filtered(db, "impact_values", filters).df
    measures = [c for c in combos.columns if c not in SCOPE_COLUMNS.values()]
    combos[measures] = combos[measures].astype("float64")
    parts = [combos[measures].sum(min_count=1).to_frame().T.assign(scope="gesamt",
                                                                    scope_code=None)]
    for scope, column in SCOPE_COLUMNS.items():
        grouped = combos.groupby(column, dropna=True)[measures].sum(min_count=1).reset_index()
        parts.append(grouped.rename(columns={column: "scope_code"}).assign(scope=scope))
    wide = pd.concat(parts, ignore_index=True)
    rows = []
    for code in ACTUAL_STAGE:
        for stage in STAGES:
            part = wide[["scope", "scope_code"]].copy()
            part["indicator_code"], part["stage"] = code, stage
            part["value"] = wide[f"{code}_{stage}"].astype("float64")
            part["reports"] = wide[f"{code}_reports"].fillna(0).astype("int64")
            rows.append(part)
    df = pd.concat(rows, ignore_index=True)
    df["scope_code"] = df["scope_code"].astype(object).where(df["scope_code"].notna(), None)
    return df


def manual_values(db: Database, indicator: pd.Series, today: date) -> pd.DataFrame:
    """The values of an indicator entered by hand, per scope and stage, combined by its rules
    (cumulative: the latest per scope; else the sum)."""
    obs = db.query("impact_observations", [indicator["code"]]).df
    rows = []
    for (scope, scope_code, stage), group in obs.groupby(["scope", "scope_code", "stage"],
                                                         dropna=False, sort=False):
        value = combine(group.assign(unit=0), cumulative=bool(indicator["cumulative"]),
                        summable=bool(indicator["summable"]), until=today)
        rows.append({"scope": scope, "scope_code": None if pd.isna(scope_code) else scope_code,
                     "indicator_code": indicator["code"], "stage": stage, "value": value,
                     "reports": len(group)})
    return pd.DataFrame(rows, columns=["scope", "scope_code", "indicator_code", "stage", "value",
                                       "reports"])


def all_values(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    """Derived and manual values together (one row per indicator, scope, stage)."""
    return _VALUES.get(db, ("all", filters.model_dump_json(), today),
                       lambda: _all_values(db, filters, today))


def _all_values(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    ind = indicators(db)
    parts = [derived_values(db, filters)]
    for _, row in ind[~ind["derived"]].iterrows():
        parts.append(manual_values(db, row, today))
    return pd.concat([p for p in parts if len(p)], ignore_index=True)


def _lookup(values: pd.DataFrame) -> dict[tuple, float]:
    """(indicator, scope, scope_code, stage) -> value; NaN for an implemented stage nobody
    reported (a dict: one pass instead of a mask per target and stage)."""
    out = {}
    for code, scope, scope_code, stage, value, reports in zip(
            values["indicator_code"], values["scope"], values["scope_code"], values["stage"],
            values["value"], values["reports"], strict=True):
        missing = pd.isna(value) or (stage == "implemented" and reports == 0)
        out[(code, scope, scope_code, stage)] = float("nan") if missing else float(value)
    return out


def progress_table(db: Database, filters: Filters, today: date) -> pd.DataFrame:
    """One row per target in force on `today`: indicator, scope, period, baseline, target,
    the stage values, actual (the indicator's Ist stage), progress, expected time share and
    status key."""
    targets = db.query("impact_targets").df
    targets = targets[in_force(targets, today)["in_force"]] if len(targets) else targets
    values = all_values(db, filters, today)
    found = _lookup(values)
    ind = indicators(db).set_index("code")
    rows = []
    derived = set(ind.index[ind["derived"]])
    present = set(zip(values["scope"], values["scope_code"], strict=True))
    for t in targets.itertuples():
        scope_code = None if pd.isna(t.scope_code) else t.scope_code
        if t.indicator_code in derived and t.scope != "gesamt" and \
                (t.scope, scope_code) not in present:
            continue  # no project of the selection lies in this scope: nothing to say
        stages = {s: found.get((t.indicator_code, t.scope, scope_code, s), float("nan"))
                  for s in STAGES}
        actual = stages[ACTUAL_STAGE.get(t.indicator_code, "implemented")]
        expected = time_share(int(t.period_start), int(t.period_end), today)
        rows.append({"target_id": t.target_id, "indicator_code": t.indicator_code,
                     "indicator_name": t.indicator_name, "unit": t.unit, "scope": t.scope,
                     "scope_code": scope_code, "period_start": int(t.period_start),
                     "period_end": int(t.period_end), "baseline": float(t.baseline),
                     "target_value": float(t.target_value), "valid_from": t.valid_from,
                     "sort": int(ind.loc[t.indicator_code, "sort"]), **stages,
                     "actual": actual,
                     "progress": progress(actual, float(t.baseline), float(t.target_value)),
                     "expected": expected,
                     "status": status(actual, float(t.baseline), float(t.target_value), expected)})
    df = pd.DataFrame(rows, columns=["target_id", "indicator_code", "indicator_name", "unit",
                                     "scope", "scope_code", "period_start", "period_end",
                                     "baseline", "target_value", "valid_from", "sort", *STAGES,
                                     "actual", "progress", "expected", "status"])
    return df.sort_values(["sort", "scope", "scope_code"], kind="stable").reset_index(drop=True)


def scope_values(db: Database, filters: Filters, code: str, scope: str, today: date
                 ) -> pd.DataFrame:
    """The stage values of one indicator for every code of one scope kind (e.g. per Revier)."""
    values = all_values(db, filters, today)
    sel = values[(values["indicator_code"] == code) & (values["scope"] == scope)]
    wide = sel.pivot_table(index="scope_code", columns="stage", values="value", aggfunc="first",
                           dropna=False).reindex(columns=list(STAGES))
    reports = sel[sel["stage"] == "implemented"].set_index("scope_code")["reports"]
    wide.loc[reports.reindex(wide.index).fillna(0).to_numpy() == 0, "implemented"] = np.nan
    return wide.reset_index()
