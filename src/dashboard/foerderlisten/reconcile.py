"""Reconcile the lists in force with the monitor through the Vernetzung matching (title,
sponsor, place, amount; matching/engine and scoring), pure over DataFrames:

- matched: each operation with at most one project and each project with at most one
  operation (best score first; a confirmed pair always, a rejected one never), with the
  differences: amount, dates, a monitor stage not yet Bewilligt;
- funded but not in the monitor: unmatched operations located in a Revier district;
- granted in the monitor but not in the list: projects that reached Bewilligt, of a programme
  the list's fund pays (JTF), in the list's Land, matched to no operation."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.foerderlisten.candidates import candidates, op_id

# which monitor programme a fund's list covers (a granted JTF project belongs in the JTF list)
FUND_PROGRAMMES = {"JTF": ("JTF",)}
AMOUNT_TOLERANCE = 0.01     # relative difference of total costs that still counts as equal
# stricter than the Vernetzung queue (0,4): a match here says "the same undertaking"; chosen on
# the test shapes (tests/unit/foerderlisten/test_reconcile.py): all planted pairs, no false one
THRESHOLD = 0.6
# without the same (or a similarly written) sponsor a pair needs this title similarity: the same
# place and one shared word ("Elektrolyseur … in Cottbus") is another undertaking there
SAME_TITLE = 0.85


@dataclass
class Reconciliation:
    operations: pd.DataFrame     # every operation in force, with `project_id` when matched
    matched: pd.DataFrame        # one row per matched pair with differences
    not_in_monitor: pd.DataFrame  # unmatched operations in a Revier district
    not_in_list: pd.DataFrame    # granted projects of the lists' funds and Länder, unmatched

    def counts(self) -> dict[str, int]:
        ops = self.operations
        in_revier = ops["revier_code"].notna()
        diff = self.matched[["amount_differs", "dates_differ", "stage_not_granted"]].any(axis=1)
        return {"operations": len(ops), "in_revier": int(in_revier.sum()),
                "matched": len(self.matched),
                "matched_in_revier": int((in_revier & ops["project_id"].notna()).sum()),
                "not_in_monitor": len(self.not_in_monitor), "not_in_list": len(self.not_in_list),
                "with_differences": int(diff.sum()),
                "amount_differs": int(self.matched["amount_differs"].sum()),
                "dates_differ": int(self.matched["dates_differ"].sum()),
                "stage_not_granted": int(self.matched["stage_not_granted"].sum())}


def assign(pairs: pd.DataFrame, decisions: pd.DataFrame, threshold: float = THRESHOLD
           ) -> pd.DataFrame:
    """One project per operation and one operation per project: confirmed pairs first, then by
    score; rejected pairs never. Columns a, b, score, confirmed (+ the signals when scored)."""
    pairs = pairs[pairs["score"] >= threshold].copy()
    if "sponsor_same" in pairs:  # one undertaking: its beneficiary, or (nearly) its title
        kin = pairs["sponsor_same"].astype(bool) | pairs["sponsor_similar"].astype(bool)
        pairs = pairs[kin | (pairs["title_sim"] >= SAME_TITLE)]
    pairs["confirmed"] = False
    if len(decisions):
        d = decisions.assign(a=[op_id(f, la, k) for f, la, k in
                                zip(decisions["fund"], decisions["land"], decisions["op_key"], strict=True)],
                             b=decisions["project_id"])
        rejected = set(zip(d.loc[d["decision"] == "abgelehnt", "a"], d.loc[d["decision"] == "abgelehnt", "b"],
                           strict=True))
        if rejected:
            pairs = pairs[[(a, b) not in rejected for a, b in zip(pairs["a"], pairs["b"], strict=True)]]
        confirmed = d.loc[d["decision"] == "bestaetigt", ["a", "b"]].assign(score=1.0, confirmed=True)
        pairs = pd.concat([confirmed, pairs], ignore_index=True)
    order = ["confirmed", "score"] + [c for c in ("amount_ratio", "period_overlap") if c in pairs]
    pairs = pairs.sort_values(order, ascending=False, kind="stable")  # ties: the closer amount
    taken_a, taken_b, keep = set(), set(), []
    for i, a, b in zip(pairs.index, pairs["a"], pairs["b"], strict=True):
        if a in taken_a or b in taken_b:
            continue
        taken_a.add(a)
        taken_b.add(b)
        keep.append(i)
    return pairs.loc[keep].reset_index(drop=True)


def candidate_pairs(ops: pd.DataFrame, projects: pd.DataFrame, records: pd.DataFrame) -> pd.DataFrame:
    """The scored candidates of the operations among the projects (the costly part: a caller
    may keep them while only decisions change)."""
    return candidates(ops.reset_index(drop=True),
                      records[records["key"].isin(set(projects["project_id"]))])


def reconcile(ops: pd.DataFrame, projects: pd.DataFrame, records: pd.DataFrame,
              decisions: pd.DataFrame, threshold: float = THRESHOLD, *,
              pairs: pd.DataFrame | None = None) -> Reconciliation:
    """`ops`: operations in force (oplist_current); `projects`: oplist_projects.sql;
    `records`: the matching records of the same projects (match_records.sql); `pairs`: their
    candidate_pairs when known."""
    ops = ops.reset_index(drop=True).copy()
    ops["op_id"] = [op_id(f, la, k) for f, la, k in zip(ops["fund"], ops["land"], ops["op_key"], strict=True)]
    if pairs is None:
        pairs = candidate_pairs(ops, projects, records)
    chosen = assign(pairs, decisions, threshold)
    chosen = chosen[chosen["a"].isin(set(ops["op_id"])) & chosen["b"].isin(set(projects["project_id"]))]
    by_op = dict(zip(chosen["a"], chosen["b"], strict=True))
    ops["project_id"] = ops["op_id"].map(by_op)
    ops["score"] = ops["op_id"].map(dict(zip(chosen["a"], chosen["score"], strict=True)))
    confirmed = set(chosen.loc[chosen["confirmed"].astype(bool), "a"])
    ops["confirmed"] = ops["op_id"].isin(confirmed)
    proj = projects.set_index("project_id", drop=False)
    m = ops[ops["project_id"].notna()].copy()
    p = proj.loc[m["project_id"]].reset_index(drop=True).add_prefix("p_")
    m = pd.concat([m.reset_index(drop=True), p], axis=1)
    list_cost = pd.to_numeric(m["total_cost_eur"], errors="coerce").astype(float)
    mon_cost = pd.to_numeric(m["p_total_cost_eur"], errors="coerce").astype(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        rel = (list_cost - mon_cost).abs() / np.maximum(list_cost.abs(), mon_cost.abs())
    m["amount_difference_eur"] = list_cost - mon_cost
    m["amount_differs"] = (rel > AMOUNT_TOLERANCE).fillna(False) | (list_cost.notna() != mon_cost.notna())
    m["dates_differ"] = [_differs(a, b) or _differs(c, d) for a, b, c, d in
                         zip(m["start_date"], m["p_start_date"], m["end_date"], m["p_end_date"], strict=True)]
    m["stage_not_granted"] = ~m["p_granted"].fillna(False).astype(bool)
    in_revier = ops["revier_code"].notna()
    missing = ops[in_revier & ops["project_id"].isna()].reset_index(drop=True)
    matched_ids = set(ops["project_id"].dropna())
    lists = set(zip(ops["fund"], ops["land"], strict=True))
    wanted = {(prog, land) for fund, land in lists for prog in FUND_PROGRAMMES.get(fund, ())}
    granted = projects[projects["granted"].fillna(False).astype(bool)]
    not_listed = granted[[(pr, la) in wanted and pid not in matched_ids for pr, la, pid in
                          zip(granted["programme_code"], granted["land_code"], granted["project_id"],
                              strict=True)]].reset_index(drop=True)
    return Reconciliation(ops, m, missing, not_listed)


def _differs(a, b) -> bool:
    if pd.isna(a) and pd.isna(b):
        return False
    if pd.isna(a) or pd.isna(b):
        return True
    return pd.Timestamp(a).date() != pd.Timestamp(b).date()
