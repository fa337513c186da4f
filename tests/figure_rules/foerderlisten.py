"""Statements of the Förderlisten-Abgleich view (bars and totals of the lists)."""

from __future__ import annotations

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, statement


@statement("foerderliste_bars_equal_data")
def foerderliste_bars_equal_data(view: View, ctx: Context) -> Problems:
    """Each bar of the chart is the number of its column and Revier in the view's data."""
    if view.is_empty:
        return []
    df = view.meta["figures"]
    problems = []
    for trace, col in zip(view.figure.data, ("matched", "missing", "not_listed", "outside"),
                          strict=True):
        if [int(x) for x in trace.x] != df[col].astype(int).tolist():
            problems.append(f"bars {col} {list(trace.x)} != data {df[col].tolist()}")
    return problems


@statement("foerderliste_adds_up")
def foerderliste_adds_up(view: View, ctx: Context) -> Problems:
    """Per Revier the operations are the matched plus the missing ones (outside the Reviere:
    the matched plus the ones not compared, so every operation has a bar), and the headline's
    numbers are the data's totals, counted again here from the stored lists."""
    if view.is_empty:
        return []
    df = view.meta["figures"]
    reviere = df[df["revier_code"] != "-"]
    problems = []
    if not (reviere["operations"] == reviere["matched"] + reviere["missing"]).all():
        problems.append("operations != matched + missing")
    if not (df["operations"] == df["matched"] + df["missing"] + df["outside"]).all():
        problems.append("operations != matched + missing + outside (a row without its bar)")
    if not ctx.filters.reviere:
        stored = ctx.db.scalar("SELECT count(*) FROM oplist_operation o JOIN oplist_import i "
                               "USING (batch_id) WHERE i.undone_by IS NULL AND NOT EXISTS ("
                               "SELECT 1 FROM oplist_import j WHERE j.fund = i.fund AND j.land = "
                               "i.land AND j.undone_by IS NULL AND (j.stand, j.batch_id) > "
                               "(i.stand, i.batch_id))")
        if int(df["operations"].sum()) != int(stored):
            problems.append(f"operations {int(df['operations'].sum())} != stored lists {stored}")
    values = [n.value for n in view.headline.numbers()]
    expected = [float(df["operations"].sum()), float(reviere["operations"].sum()),
                float(reviere["matched"].sum())]
    if values != expected:
        problems.append(f"headline {values} != data {expected}")
    return problems
