"""The Förderlisten-Abgleich as a view: per Revier how many operations of the official lists
the monitor has and lacks, and how many of its granted projects the lists lack; the sentences
leadership quotes ("Von 5.763 Vorhaben der Liste liegen 812 in den Revieren; 412 davon sind
im Monitor erfasst …")."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.charts.foerderlisten import reconciliation_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import count, say
from dashboard.foerderlisten.abgleich import reconciliation
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register

COLUMNS = ("operations", "matched", "missing", "not_listed", "outside", "differences")
BARS = ("matched", "missing", "not_listed", "outside")  # the chart's bars, in this order
OUTSIDE = "-"


def figures(db: Database, filters: Filters, taxonomy: Taxonomy) -> pd.DataFrame:
    """One row per Revier (and one for operations outside the Reviere): operations, matched,
    missing (not in the monitor), not_listed (granted in the monitor, not in a list), outside
    (operations outside the Reviere the monitor does not cover, so neither matched nor missing),
    differences (matched with a difference)."""
    r = reconciliation(db)
    ops, m, gone = r.operations, r.matched, r.not_in_list
    if filters.reviere:
        ops = ops[ops["revier_code"].isin(filters.reviere)]
        m = m[m["revier_code"].isin(filters.reviere)]
        gone = gone[gone["revier_code"].isin(filters.reviere)]
    rows = []
    diff = m[["amount_differs", "dates_differ", "stage_not_granted"]].any(axis=1)
    for rv in taxonomy.reviere:
        if filters.reviere and rv.code not in filters.reviere:
            continue
        mine = ops["revier_code"] == rv.code
        rows.append({"revier_code": rv.code, "revier_name": rv.name, "operations": int(mine.sum()),
                     "matched": int((mine & ops["project_id"].notna()).sum()),
                     "missing": int((mine & ops["project_id"].isna()).sum()),
                     "not_listed": int((gone["revier_code"] == rv.code).sum()), "outside": 0,
                     "differences": int((diff & (m["revier_code"] == rv.code)).sum())})
    outside = ops["revier_code"].isna()
    if outside.any():
        rows.append({"revier_code": OUTSIDE, "revier_name": t("fl.view.outside"),
                     "operations": int(outside.sum()),
                     "matched": int((outside & ops["project_id"].notna()).sum()),
                     "missing": 0, "not_listed": 0,
                     "outside": int((outside & ops["project_id"].isna()).sum()),
                     "differences": int((diff & m["revier_code"].isna()).sum())})
    return pd.DataFrame(rows, columns=["revier_code", "revier_name", *COLUMNS])


def _data(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({t("fl.col.revier"): df["revier_name"],
                         t("fl.col.in_revier"): (df["revier_code"] != OUTSIDE).astype(bool),
                         **{t(f"fl.col.{c}"): df[c] for c in COLUMNS}})


@register("foerderliste_abgleich", "Abgleich mit den Förderlisten",
          checks=("foerderliste_bars_equal_data", "foerderliste_adds_up"))
def reconciliation_view(db: Database, filters: Filters, taxonomy: Taxonomy, *,
                        scale: float = 1.0, today: date | None = None) -> View:
    df = figures(db, filters, taxonomy)
    data = _data(df)
    explanation = t("fl.view.explanation")
    if df["operations"].sum() == 0 and df["not_listed"].sum() == 0:
        return View.nothing("foerderliste_abgleich", t("fl.view.empty"), explanation, data,
                            meta={"figures": df})
    reviere = df[df["revier_code"] != OUTSIDE]
    total, in_revier = int(df["operations"].sum()), int(reviere["operations"].sum())
    matched = int(reviere["matched"].sum())
    headline = say("fl.view.headline", total=count(total, "fl.count.operations"),
                   in_revier=count(in_revier), matched=count(matched))
    statements = [say("fl.view.missing", agree="n", n=count(int(reviere["missing"].sum())))]
    if int(df["differences"].sum()):
        statements.append(say("fl.view.differences", agree="n", n=count(int(df["differences"].sum())),
                              of=count(int(df["matched"].sum()))))
    statements.append(say("fl.view.not_listed", agree="n", n=count(int(df["not_listed"].sum()))))
    labels = {c: t(f"fl.col.{c}") for c in BARS}
    fig = reconciliation_figure(df, labels, scale=scale)
    return View.of("foerderliste_abgleich", headline, explanation, data, fig, statements,
                   meta={"figures": df})
