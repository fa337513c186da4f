"""Read + locate + compare with the list in force = the plan of a list import (what the page
shows before anything is written): operations new, changed (with the fields), unchanged and no
longer listed, where they lie, and every issue."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from dashboard.foerderlisten import repository as repo
from dashboard.foerderlisten.columns import FIELDS
from dashboard.foerderlisten.places import locate_operations
from dashboard.foerderlisten.reader import ListRead, read_list
from dashboard.ingest.commit import sha256
from dashboard.ingest.messages import HasIssues, Issue
from dashboard.store.gateway import Database
from dashboard.texts import t

FUNDS = ("JTF", "EFRE", "ESF+")
COMPARED = tuple(f.name for f in FIELDS)


@dataclass
class ListPlan(HasIssues):
    fund: str
    land: str
    stand: date
    read: ListRead
    operations: pd.DataFrame          # read.operations + place columns + `change`
    sha256: str
    issues: list[Issue]
    changes: dict[str, list[str]] = field(default_factory=dict)  # op_key -> changed fields
    gone: pd.DataFrame = field(default_factory=pd.DataFrame)      # in force, not in this list
    same_file: int | None = None

    @property
    def kept(self) -> pd.DataFrame:
        """The operations a commit writes (rows with errors are left out)."""
        bad = {i.row for i in self.errors if i.row is not None}
        return self.operations[~self.operations["row_number"].isin(bad)]

    def counts(self) -> dict[str, Any]:
        ops = self.kept
        change = Counter(ops["change"])
        located = ops["district_code"].dropna()
        return {"operations": len(ops), "rejected": len(self.operations) - len(ops),
                "located": dict(sorted(Counter(located).items())),
                "in_revier": dict(sorted(Counter(ops["revier_code"].dropna()).items())),
                "unlocated": int((ops["place_problem"] == "none").sum()),
                "ambiguous": int((ops["place_problem"] == "ambiguous").sum()),
                "new": change["new"], "changed": change["changed"],
                "unchanged": change["unchanged"], "gone": len(self.gone)}

    @property
    def is_empty(self) -> bool:
        c = self.counts()
        return not (c["new"] or c["changed"] or c["gone"])


def _canonical(value: Any) -> Any:
    """One form for a value read now and the same value stored before (dates, decimals)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    if isinstance(value, (date, pd.Timestamp)):
        return pd.Timestamp(value).date()
    if isinstance(value, (int, float)) or hasattr(value, "as_tuple"):  # Decimal
        return round(float(value), 6)
    return str(value)


def _same(a: Any, b: Any) -> bool:
    return _canonical(a) == _canonical(b)


def _diff(ops: pd.DataFrame, before: pd.DataFrame) -> dict[str, list[str]]:
    """op_key -> the fields that differ from the list in force (column by column)."""
    if before.empty:
        return {}
    both = ops[["op_key", *COMPARED]].merge(before[["op_key", *COMPARED]], on="op_key",
                                            suffixes=("", "_old"))
    changed: dict[str, list[str]] = {}
    for col in COMPARED:
        new = [_canonical(v) for v in both[col].tolist()]
        old = [_canonical(v) for v in both[f"{col}_old"].tolist()]
        for key, a, b in zip(both["op_key"].tolist(), new, old, strict=True):
            if a != b:
                changed.setdefault(key, []).append(col)
    return changed


def _place_issues(read: ListRead, ops: pd.DataFrame) -> list[Issue]:
    letters = {c["field"]: (c["letter"], c["header"]) for c in read.columns if c["field"]}
    where = letters.get("location_text") or letters.get("district_text") or letters.get("postcode") \
        or (None, None)
    out = []
    for row in ops[ops["place_problem"].notna()].itertuples():
        value = next((v for v in (row.location_text, row.district_text, row.postcode, row.place)
                      if isinstance(v, str) and v), "")
        out.append(Issue("warning", t(f"fl.place.{row.place_problem}", value=value,
                                      candidates=", ".join(row.district_candidates)),
                         read.file_name, read.sheet, int(row.row_number), where[1], where[0], value))
    return out


def plan_list(db: Database, data: bytes, file_name: str, *, fund: str, land: str, stand: date,
              number_formats: dict[str, str] | None = None) -> ListPlan:
    """Read the list and compare it with the list in force for fund and Land. Raises
    FileRejected for unreadable files and ValueError (German) for an unknown fund or Land."""
    if fund not in FUNDS:
        raise ValueError(t("fl.bad.fund", value=fund, options=", ".join(FUNDS)))
    lands = db.query("SELECT code FROM ref_bundesland ORDER BY sort").df["code"].tolist()
    if land not in lands:
        raise ValueError(t("fl.bad.land", value=land, options=", ".join(lands)))
    read = read_list(data, file_name, number_formats=number_formats)
    ops = read.operations.join(locate_operations(read.operations, land=land))
    issues = list(read.issues) + _place_issues(read, ops)
    if read.stand_in_file and read.stand_in_file != stand:
        issues.append(Issue("warning", t("fl.stand.differs", file=read.stand_in_file.strftime("%d.%m.%Y"),
                                         given=stand.strftime("%d.%m.%Y")), file_name, read.sheet))
    digest = sha256(data)
    before = repo.list_in_force(db, fund, land)
    if len(before) and before["stand"].iloc[0] is not None and \
            pd.Timestamp(before["stand"].iloc[0]).date() > stand:
        issues.append(Issue("warning", t("fl.stand.older", stand=stand.strftime("%d.%m.%Y"),
                                         current=pd.Timestamp(before["stand"].iloc[0]).strftime("%d.%m.%Y")),
                            file_name, read.sheet))
    changes = _diff(ops, before)
    known = set(before["op_key"])
    kinds = ["changed" if k in changes else "unchanged" if k in known else "new" for k in ops["op_key"]]
    ops["change"] = kinds
    gone = before[~before["op_key"].isin(set(ops["op_key"]))].reset_index(drop=True)
    same = repo.same_file(db, fund, land, digest)
    if same is not None:
        issues.append(Issue("warning", t("fl.same_file", batch=same), file_name, read.sheet))
    return ListPlan(fund, land, stand, read, ops, digest, issues, changes, gone, same)
