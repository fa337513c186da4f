"""The stage events of a list's dates (a helper of step 4, ingest.check) kept as arrays and
built into a frame a plan chunk at a time: a 200.000-row list has 1,4 million (issue 19)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd


class StageDates:
    """The stage events of the file's dates kept as arrays, built into a frame for some
    projects at a time: a 200.000-row list has 1,4 million of them (~125 MB as one frame,
    issue 19). A part of the frame has the index and dtypes the whole frame would give it."""

    def __init__(self, cols: dict[str, list], milestones: dict[str, Any], valid: np.ndarray,
                 rows: np.ndarray):
        self.valid, self.rows = valid, rows
        self.ids = np.array(cols["project_id"], dtype=object)
        self.stages = np.array(cols["stage_code"], dtype=object)
        self.status = np.array(cols["status"], dtype=object)
        self.fields, self.days = milestones["fields"], milestones["days"]
        self.exit_days = milestones["exit_days"]
        self._dtypes: dict[str, Any] | None = None

    def _takes(self) -> list[np.ndarray]:
        """The rows of each part of the frame: one per date column, then the exits."""
        takes = [self.valid & ~np.isnan(self.days[:, j]) for j in range(len(self.fields))]
        return [*takes, self.valid & ~np.isnan(self.exit_days) & (self.status != "aktiv")]

    def _build(self, takes: list[np.ndarray]) -> pd.DataFrame:
        parts = []
        for j, f in enumerate(self.fields):
            take = takes[j]
            parts.append(pd.DataFrame({"project_id": self.ids[take],
                                       "stage_code": f.removeprefix("date_"),
                                       "entered_on": self.days[take, j], "outcome": None,
                                       "basis": "datum", "row": self.rows[take]}))
        take = takes[-1]
        parts.append(pd.DataFrame({"project_id": self.ids[take], "stage_code": self.stages[take],
                                   "entered_on": self.exit_days[take],
                                   "outcome": self.status[take], "basis": "datum",
                                   "row": self.rows[take]}))
        events = pd.concat(parts, ignore_index=True)
        events["entered_on"] = events["entered_on"].astype("int64").astype(
            "datetime64[D]").astype("datetime64[s]")
        events["outcome"] = events["outcome"].astype(object)
        return events

    def frame(self, start: int | None = None, stop: int | None = None) -> pd.DataFrame:
        """The events of all valid rows, or of the valid rows start:stop (the positions of
        Checked.projects) with the index they have in the whole frame."""
        takes = self._takes()
        if start is None:
            return self._build(takes)
        chosen = np.zeros(len(self.valid), dtype=bool)
        chosen[np.flatnonzero(self.valid)[start:stop]] = True
        index, offset = [], 0
        for take in takes:
            index.append(offset + (np.cumsum(take) - 1)[take & chosen])
            offset += int(take.sum())
        events = self._build([take & chosen for take in takes])
        events.index = pd.Index(np.concatenate(index), dtype="int64")
        # an empty part makes pandas give a column another dtype: as in the whole frame
        return events.astype(self.dtypes())

    def dtypes(self) -> dict[str, Any]:
        """The column dtypes of the whole frame (they depend only on which parts are empty)."""
        if self._dtypes is None:
            firsts = []
            for take in self._takes():
                first = np.zeros(len(take), dtype=bool)
                first[np.flatnonzero(take)[:1]] = True
                firsts.append(first)
            self._dtypes = self._build(firsts).dtypes.to_dict()
        return self._dtypes
