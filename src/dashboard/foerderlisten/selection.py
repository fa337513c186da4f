"""Which operations of "gefördert, nicht im Monitor" a person looks at: a long list of small
grants (trade-fair stands of 4–5 T€) drowns the few that matter, so the group is restricted by
fund, Förderperiode and minimum total cost, optionally summed per beneficiary, sorted by amount,
and one sentence says how many are shown and hidden. Pure over DataFrames; `missing_selection`
feeds it from the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pandas as pd

from dashboard.foerderlisten.periods import PERIODS, list_periods, period_label
from dashboard.formatting import fmt_eur_short, fmt_int
from dashboard.matching.normalise import fold
from dashboard.texts import t

DEFAULT_MIN_AMOUNT = 100_000.0
MIN_AMOUNTS = (0.0, 10_000.0, 50_000.0, 100_000.0, 500_000.0, 1_000_000.0, 5_000_000.0)
SORTS = ("amount", "list")


@dataclass(frozen=True)
class OpSelection:
    """What the person chose (the defaults are the page's start: the large ones first)."""

    funds: tuple[str, ...] = ()          # empty = every fund
    periods: tuple[str, ...] = ()        # empty = every period (and lists of unknown period)
    min_amount: float = DEFAULT_MIN_AMOUNT
    by_beneficiary: bool = False
    sort: Literal["amount", "list"] = "amount"


@dataclass
class Selected:
    """The operations kept (or their sums per beneficiary) and what the sentence says."""

    selection: OpSelection
    rows: pd.DataFrame        # operations, or groups: beneficiary, operations, amount, funds
    operations: pd.DataFrame  # the operations kept (also when grouped)
    total: int                # operations before the selection
    groups_total: int         # beneficiaries before the selection
    no_amount: int            # left out by the minimum because they name no total cost

    @property
    def shown(self) -> int:
        return len(self.operations)

    @property
    def hidden(self) -> int:
        return self.total - self.shown

    def criteria(self) -> str:
        sel, parts = self.selection, []
        if sel.funds:
            parts.append(t("fl.sel.c.funds", funds=", ".join(sel.funds)))
        if sel.periods:
            parts.append(t("fl.sel.c.periods", periods=", ".join(period_label(p) for p in sel.periods)))
        if sel.min_amount > 0:
            key = "fl.sel.c.amount_group" if sel.by_beneficiary else "fl.sel.c.amount"
            parts.append(t(key, amount=fmt_eur_short(sel.min_amount)))
        return ", ".join(parts)

    def sentence(self) -> str:
        """"716 Vorhaben, davon 6 ab 100.000 € gezeigt (710 ausgeblendet)."""
        if not self.hidden and not self.selection.by_beneficiary:
            return t("fl.sel.all", total=fmt_int(self.total))
        plain = "fl.sel.hidden_ops" if self.selection.by_beneficiary else "fl.sel.hidden"
        hidden = (t("fl.sel.hidden_no_amount", n=fmt_int(self.hidden), m=fmt_int(self.no_amount))
                  if self.no_amount else t(plain, n=fmt_int(self.hidden)) if self.hidden else "")
        values = {"total": fmt_int(self.total), "shown": fmt_int(self.shown),
                  "criteria": self.criteria(), "hidden": hidden}
        if self.selection.by_beneficiary:
            return t("fl.sel.groups", **values, groups=fmt_int(self.groups_total),
                     shown_groups=fmt_int(len(self.rows))).replace("  ", " ")
        return t("fl.sel.ops", **values).replace("  ", " ")


    def to_json(self) -> dict:
        """The "selection" of `foerderliste abgleich --json`."""
        sel = self.selection
        if sel.by_beneficiary:
            cols = ["beneficiary", "operations", "amount", "largest", "funds", "lands"]
        else:
            cols = ["fund", "land", "period", "op_key", "beneficiary", "title", "amount",
                    "start_date", "end_date", "district_code", "revier_code"]
        rows = self.rows.loc[:, cols].astype(object)
        rows = rows.where(rows.notna(), None)
        return {"sentence": self.sentence(), "total": self.total, "shown": self.shown,
                "hidden": self.hidden, "no_amount": self.no_amount, "funds": list(sel.funds),
                "periods": list(sel.periods), "min_amount": sel.min_amount,
                "by_beneficiary": sel.by_beneficiary, "sort": sel.sort,
                "rows": [{k: (v.isoformat() if hasattr(v, "isoformat") else
                              int(v) if k == "operations" else v) for k, v in r.items()}
                         for r in rows.to_dict("records")]}


def from_json(values: dict) -> OpSelection:
    """An OpSelection from the CLI's request; ValueError (German) for values it cannot take."""
    periods = tuple(values.get("periods") or ())
    if bad := [p for p in periods if p not in PERIODS]:
        raise ValueError(t("fl.sel.bad_period", value=", ".join(bad), options=", ".join(PERIODS)))
    amount = float(values.get("min_amount", DEFAULT_MIN_AMOUNT))
    if amount < 0:
        raise ValueError(t("fl.sel.bad_amount", value=values.get("min_amount")))
    sort = values.get("sort") or "amount"
    if sort not in SORTS:
        raise ValueError(t("fl.sel.bad_sort", value=sort, options=", ".join(SORTS)))
    return OpSelection(tuple(values.get("funds") or ()), periods, amount,
                       bool(values.get("by_beneficiary")), sort)


def select(ops: pd.DataFrame, periods: dict[int, str | None], sel: OpSelection) -> Selected:
    """The operations of `ops` (not_in_monitor, names hidden already) that `sel` keeps, with
    `period` added from the lists' `periods` (batch_id -> period)."""
    ops = ops.assign(period=[periods.get(int(b)) if pd.notna(b) else None for b in ops["batch_id"]],
                     amount=pd.to_numeric(ops["total_cost_eur"], errors="coerce").astype(float))
    keys = [fold(b) if isinstance(b, str) else "" for b in ops["beneficiary"]]
    ops["beneficiary_key"] = keys
    total, groups_total = len(ops), len(set(keys))
    kept = ops
    if sel.funds:
        kept = kept[kept["fund"].isin(sel.funds)]
    if sel.periods:
        kept = kept[kept["period"].isin(sel.periods)]
    no_amount = 0
    if sel.by_beneficiary:
        rows = _groups(kept)
        if sel.min_amount > 0:
            rows = rows[rows["amount"] >= sel.min_amount]
        kept = kept[kept["beneficiary_key"].isin(set(rows["beneficiary_key"]))]
    else:
        if sel.min_amount > 0:
            no_amount = int(kept["amount"].isna().sum())
            kept = kept[kept["amount"] >= sel.min_amount]
        rows = kept
    by = ["amount", "fund", "land", "row_number"] if sel.sort == "amount" else ["fund", "land", "row_number"]
    asc = [False, True, True, True] if sel.sort == "amount" else [True, True, True]
    kept = kept.sort_values(by, ascending=asc, na_position="last", kind="stable").reset_index(drop=True)
    if not sel.by_beneficiary:
        rows = kept
    else:
        rows = rows.sort_values(["amount", "beneficiary"], ascending=[False, True], kind="stable") \
            if sel.sort == "amount" else rows.sort_values("first_row", kind="stable")
    return Selected(sel, rows.reset_index(drop=True), kept, total, groups_total, no_amount)


def _groups(ops: pd.DataFrame) -> pd.DataFrame:
    """One row per beneficiary (folded spelling; the first spelling shown): operations, summed
    total cost, the largest, funds, Länder, first row of the list."""
    if ops.empty:
        return pd.DataFrame(columns=["beneficiary_key", "beneficiary", "operations", "amount",
                                     "largest", "funds", "lands", "first_row"])
    g = ops.groupby("beneficiary_key", sort=False)
    return pd.DataFrame({
        "beneficiary": g["beneficiary"].first(), "operations": g.size(),
        "amount": g["amount"].sum(min_count=1), "largest": g["amount"].max(),
        "funds": g["fund"].agg(lambda s: ", ".join(sorted(set(s)))),
        "lands": g["land"].agg(lambda s: ", ".join(sorted(set(s)))),
        "first_row": g["row_number"].min()}).reset_index()


def missing_selection(db, sel: OpSelection, *, personal: bool = False) -> Selected:
    """The selection of "gefördert, nicht im Monitor" of the lists in force (names of natural
    persons hidden unless `personal`)."""
    from dashboard.foerderlisten import repository as repo
    from dashboard.foerderlisten.abgleich import reconciliation
    from dashboard.foerderlisten.personal import hide_personal

    r = reconciliation(db)
    missing = r.not_in_monitor if personal else hide_personal(r.not_in_monitor)
    return select(missing, list_periods(repo.lists_in_force(db), r.operations), sel)
