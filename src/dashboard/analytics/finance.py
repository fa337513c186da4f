"""Figures of the Finanzen page: funding per year against the envelopes per funding period,
the pace of commitment projected forward, and breakdowns per Revier, Land, focus area and
programme. Amounts are those of projects still in the pipeline (as the Übersicht tiles)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.analytics.memo import PerDatabase
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database

PACE_YEARS = 3  # the pace is the mean of the last complete years
DIMENSIONS = ("revier", "land", "focus_area", "programme")


_FLOWS = PerDatabase(kept=16)  # the views of one page share the flows of a selection


def funding_by_year(db: Database, filters: Filters, year: int) -> pd.DataFrame:
    """One row per (measure granted/requested, year, fund, Revier, Land): eur, projects and
    how many of them had no grant/application date (counted in the year of their Stand, else
    in `year`). fund is None for programmes bound to no envelope. (Shared: do not change it.)"""
    return _FLOWS.get(db, (filters.model_dump_json(), year),
                      lambda: _funding_by_year(db, filters, year))


def _funding_by_year(db: Database, filters: Filters, year: int) -> pd.DataFrame:
    df = query_filtered(db, "finance_years", filters, [year, year]).df
    df["year"] = df["year"].astype("int64")
    for col in ("projects", "undated"):
        df[col] = df[col].astype("int64")
    df["fund"] = df["fund"].astype(object).where(df["fund"].notna(), None)
    return df


def envelopes(db: Database) -> pd.DataFrame:
    """The envelopes (reference data) with the Revier's name, in reference order."""
    return db.query(
        "SELECT v.*, v.amount_eur::DOUBLE AS envelope_eur, r.name AS revier_name, "
        "r.sort AS revier_sort FROM ref_envelope v LEFT JOIN ref_revier r ON r.code = v.revier_code "
        "ORDER BY v.fund, r.sort NULLS LAST, v.period_start").df


def envelope_periods(db: Database, filters: Filters, year: int) -> pd.DataFrame:
    """Per envelope (fund x Land x Revier x funding period): the envelope, the granted EUR of
    projects granted in the period's years under a programme of that fund, and the share."""
    flows = funding_by_year(db, filters, year)
    granted = flows[flows["measure"] == "granted"]
    env = envelopes(db)
    committed = []
    for row in env.itertuples():
        sel = granted[(granted["fund"] == row.fund) & (granted["bundesland_code"] == row.bundesland_code)
                      & (granted["revier_code"] == row.revier_code)
                      & granted["year"].between(row.period_start, row.period_end)]
        committed.append(float(sel["eur"].sum()))
    env["committed_eur"] = pd.Series(committed, index=env.index, dtype="float64")
    env["share"] = env["committed_eur"] / env["envelope_eur"].where(env["envelope_eur"] > 0)
    return env


@dataclass(frozen=True)
class Pace:
    """Projection of one envelope (all periods of a fund for a Land and Revier)."""

    envelope_eur: float
    committed_eur: float      # granted so far (all years up to today)
    rate_eur: float           # mean granted per year over the pace years
    pace_years: tuple[int, int]
    reached_year: int | None  # the year the envelope is bound (None: no pace to project)
    already: bool             # bound before today
    period_end: int           # the last year of the last funding period

    @property
    def outcome(self) -> str:
        """'already', 'reached' (within the periods), 'late' (after them) or 'none'."""
        if self.reached_year is None:
            return "none"
        if self.already:
            return "already"
        return "reached" if self.reached_year <= self.period_end else "late"


def pace(per_year: pd.Series, envelope_eur: float, today_year: int, period_end: int,
         years: int = PACE_YEARS) -> Pace:
    """`per_year`: granted EUR per calendar year. The pace is the mean of the `years` complete
    years before `today_year`; from the committed sum it is carried forward in equal steps:
    bound in the first year Y with committed + pace x (Y - today_year) >= envelope."""
    per_year = per_year[per_year.index <= today_year]
    committed = float(per_year.sum())
    first, last = today_year - years, today_year - 1
    rate = float(per_year[(per_year.index >= first) & (per_year.index <= last)].sum()) / years
    if committed >= envelope_eur:
        cumulative = per_year.sort_index().cumsum()
        return Pace(envelope_eur, committed, rate, (first, last),
                    int(cumulative[cumulative >= envelope_eur].index[0]), True, period_end)
    if rate <= 0:
        return Pace(envelope_eur, committed, rate, (first, last), None, False, period_end)
    steps = math.ceil((envelope_eur - committed) / rate - 1e-9)
    return Pace(envelope_eur, committed, rate, (first, last), today_year + steps, False,
                period_end)


def pace_table(db: Database, filters: Filters, today_year: int, fund: str = "InvKG"
               ) -> tuple[pd.DataFrame, dict[str, Pace]]:
    """Per Revier with an envelope of `fund`: yearly granted EUR, cumulative, envelope and the
    projection (NaN before today) from the first grant year to the year the envelope is bound
    (at most the last period's end); and the Pace per Revier."""
    flows = funding_by_year(db, filters, today_year)
    granted = flows[(flows["measure"] == "granted") & (flows["fund"] == fund)]
    env = envelopes(db)
    env = env[(env["fund"] == fund) & env["revier_code"].notna()]
    rows, paces = [], {}
    for (revier, name), group in env.groupby(["revier_code", "revier_name"], sort=False):
        total = float(group["envelope_eur"].sum())
        sel = granted[(granted["revier_code"] == revier)
                      & granted["bundesland_code"].isin(group["bundesland_code"])]
        per_year = sel.groupby("year")["eur"].sum()
        p = pace(per_year, total, today_year, int(group["period_end"].max()))
        paces[revier] = p
        start = int(min(group["period_start"].min(), per_year.index.min() if len(per_year)
                        else today_year))
        end = int(max(group["period_end"].max(), today_year))
        if p.reached_year is not None:
            end = max(min(end, p.reached_year), today_year)
        for y in range(start, end + 1):
            done = float(per_year[per_year.index <= min(y, today_year)].sum())
            projected = done + p.rate_eur * (y - today_year) if y >= today_year else np.nan
            rows.append({"revier_code": revier, "revier_name": name, "year": y,
                         "granted_eur": float(per_year.get(y, 0.0)) if y <= today_year else np.nan,
                         "cumulative_eur": done if y <= today_year else np.nan,
                         "projected_eur": min(projected, total) if y >= today_year else np.nan,
                         "envelope_eur": total, "rate_eur": p.rate_eur})
    return pd.DataFrame(rows), paces


_BREAKDOWN_COLUMNS = {"revier": "revier_code", "land": "bundesland_code",
                      "focus_area": "focus_area_code", "programme": "programme_code"}


def breakdown(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects, requested and granted EUR per Revier, Land, focus area and programme
    (column `dimension`; `code` None = not stated)."""
    combos = query_filtered(db, "finance_breakdown", filters).df
    measures = ["projects", "granted_projects", "requested_eur", "granted_eur"]
    parts = []
    for dimension, column in _BREAKDOWN_COLUMNS.items():
        grouped = combos.groupby(column, dropna=False, sort=False)[measures].sum().reset_index()
        parts.append(grouped.rename(columns={column: "code"}).assign(dimension=dimension))
    df = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    df = df.reindex(columns=["dimension", "code", *measures])
    for col in ("projects", "granted_projects"):
        df[col] = df[col].astype("int64")
    df["code"] = df["code"].astype(object).where(df["code"].notna(), None)
    return df


def pace_summary(db: Database, filters: Filters, today_year: int) -> pd.DataFrame:
    """Per Revier with an InvKG envelope (the filtered Reviere only): committed, envelope,
    share, first year and end of the periods, and the projected year: the tiles of the page,
    from the same table the pace chart draws."""
    table, paces = pace_table(db, filters, today_year)
    rows = []
    for code, p in paces.items():
        if filters.reviere and code not in filters.reviere:
            continue
        rows.append({"revier_code": code,
                     "revier_name": table.loc[table["revier_code"] == code, "revier_name"].iloc[0],
                     "committed_eur": p.committed_eur, "envelope_eur": p.envelope_eur,
                     "share": p.committed_eur / p.envelope_eur if p.envelope_eur else float("nan"),
                     "first_year": int(table.loc[table["revier_code"] == code, "year"].min()),
                     "period_end": p.period_end, "reached_year": p.reached_year,
                     "outcome": p.outcome})
    return pd.DataFrame(rows, columns=["revier_code", "revier_name", "committed_eur",
                                       "envelope_eur", "share", "first_year", "period_end",
                                       "reached_year", "outcome"])
