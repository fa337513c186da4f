"""Step 4 of the import, Parsed -> Checked: which project each row is (ingest.identity), the
cross-field rules (ingest.rules) and the domain model (pydantic, only for rows a column-wise
check cannot vouch for). Checked holds the importable rows, their stage events from the
file's dates, the rejected rows and every issue, errors first.

Columns the file does not have keep the stored value of an existing project (a list with
fewer columns never blanks data out); an empty cell in a column the file has clears it.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, get_args

import numpy as np
import pandas as pd
from pydantic import TypeAdapter, ValidationError

from dashboard.domain.project import PROJECT_COLUMNS, THEME_COLUMNS, Project, Status
from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest import heap, rules
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.identity import identify
from dashboard.ingest.messages import Issue, errors_first, listed, say
from dashboard.ingest.parse import Parsed
from dashboard.ingest.plausible import check_bounds
from dashboard.ingest.rules import Problems
from dashboard.ingest.scope import check_scope
from dashboard.ingest.stage_dates import StageDates
from dashboard.ingest.towns import check_towns
from dashboard.texts.ingest_de import DE as TEXT

EVENT_COLUMNS = ("project_id", "stage_code", "entered_on", "outcome")
DEFAULTS: dict[str, Any] = {"further_missions": [], "theme_fk": 0, "theme_kj": 0, "theme_gs": 0,
                            "theme_dw": 0, "status": "aktiv", "amounts_flagged": False,
                            "source": "import"}
_ADAPTER = TypeAdapter(list[Project])
Stored = Mapping[str, Mapping[str, Any]]


@dataclass
class Checked:
    """What can be imported and what cannot, and why."""

    table: Parsed
    projects: pd.DataFrame   # valid rows: "row" (Excel row) + PROJECT_COLUMNS
    dates: StageDates        # the stage events from the file's dates, as arrays
    rejected: pd.DataFrame   # row, project_id, title, message
    issues: list[Issue]      # errors first, then warnings; notices before row issues
    ids: list[str | None]    # the project id of every row
    texts: tuple[str, ...] = ()  # columns of `projects` kept as Python texts (see as_texts)

    def as_texts(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Rows of `projects` with pandas' own text type where a frame built from the values
        would have it (what the plan hands on is as it always was)."""
        return frame.astype({c: "str" for c in self.texts if c in frame.columns})

    @property
    def events(self) -> pd.DataFrame:
        """Every stage event from the file's dates (EVENT_COLUMNS + "basis", "row")."""
        return self.dates.frame()


def check(table: Parsed, taxonomy: Taxonomy,
          stored: Stored | Callable[[list[str]], Stored] | None = None,
          scope: frozenset[str] | None = None) -> Checked:
    """Check every row. `stored` gives the database record of existing projects (a mapping, or
    a function of the list's project ids) for columns the file does not have. `scope`: the
    Fachnetzwerke the importing person may write (None = all); other rows are errors."""
    ids, id_issues = identify(table)
    if callable(stored):
        stored = stored([i for i in dict.fromkeys(ids) if i])
    existing = stored or {}
    problems = Problems(table)
    present = {c.field for c in table.columns if c.field}
    cols = _columns(table, ids, present, existing)
    index_of = {r: i for i, r in enumerate(table.data.row_numbers)}
    for issue in id_issues:
        if issue.row is None:
            problems.notices.append(issue)
            continue
        problems.row_issues.append(issue)
        if issue.severity == "error":
            problems.bad[index_of[issue.row]] = True
    rules.required(problems, cols, present)
    stages = sorted(taxonomy.stages, key=lambda s: s.sort)
    milestones = rules.milestones(problems, cols, present, stages)
    rules.amounts_and_dates(problems, cols)
    rules.places(problems, cols, taxonomy)
    check_towns(problems, cols, present, taxonomy)
    check_scope(problems, cols, taxonomy, scope)
    _model(problems, cols)
    # last: a value to confirm only where the row is imported at all
    check_bounds(problems, cols, present, taxonomy.plausibility)
    valid = ~problems.bad
    # the stored records are read by the rules only: gone before the frame is built
    del cols["_old"], existing, stored
    heap.trim()  # (and the rules' intermediate arrays and texts)
    frame, texts = _frame(table.data.row_numbers, cols)
    row_issues = [*table.data.row_issues(), *problems.row_issues]
    issues = errors_first([*table.notices, *problems.notices,
                           *sorted(row_issues, key=lambda i: (i.row or 0, len(i.column_letter or ""),
                                                              i.column_letter or ""))])
    # all rows valid (the app's own export): the frame itself, not a copy of 200.000 rows
    return Checked(table, projects=frame if valid.all() else frame[valid].reset_index(drop=True),
                   dates=StageDates(cols, milestones, valid, frame["row"].to_numpy()),
                   rejected=_rejected(frame[~valid], problems), issues=issues, ids=ids,
                   texts=texts)


def _frame(rows: list[int], cols: dict[str, list]) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """The rows as a frame; a column pandas would turn into its own text type keeps the parsed
    cells' Python texts (the copy was ~120 MB at 200k rows, issue 19) and is named."""
    data: dict[str, Any] = {"row": rows}
    texts = []
    for f in PROJECT_COLUMNS:
        values = cols[f]
        if pd.api.types.infer_dtype(values, skipna=True) == "string":
            values = pd.Series(values, dtype=object)
            texts.append(f)
        data[f] = values
    return pd.DataFrame(data), tuple(texts)


def _columns(table: Parsed, ids: list[str | None], present: set[str], existing: Stored
             ) -> dict[str, list]:
    n = table.n_rows
    olds = [existing.get(pid) if pid else None for pid in ids] if existing else [None] * n
    cols: dict[str, list] = {"project_id": list(ids)}
    for f in PROJECT_COLUMNS[1:]:
        if f in present:
            values = list(table.data.column(f))  # a copy: the rules fill in derived values
        else:
            values = [old.get(f) if old is not None else None for old in olds]
        if f in DEFAULTS:
            default = DEFAULTS[f]
            values = [default if v is None else v for v in values]
        cols[f] = values
    for f in BY_NAME:
        if f.startswith("date_") or f == "exit_date":
            cols[f] = list(table.data.column(f)) if f in present else [None] * n
    cols["_old"] = olds
    return cols


def _model(problems: Problems, cols: dict[str, list]) -> None:
    # pydantic sees only the rows a column-wise check cannot vouch for (same errors, ~20x less work)
    ok = np.flatnonzero(~problems.bad & suspect(cols))
    rows = zip(*(cols[f] for f in PROJECT_COLUMNS), strict=True)
    if len(ok) < len(problems.bad):
        keep = set(ok.tolist())
        rows = (values for i, values in enumerate(rows) if i in keep)
    records = [dict(zip(PROJECT_COLUMNS, values, strict=True)) for values in rows]
    try:
        _ADAPTER.validate_python(records)
    except ValidationError as exc:
        for err in exc.errors():
            loc = err["loc"]
            field = loc[1] if len(loc) > 1 and isinstance(loc[1], str) else "title"
            key = f"model.{err['type']}" if f"model.{err['type']}" in TEXT else "model.other"
            problems.add(int(ok[loc[0]]), field, say(key, **(err.get("ctx") or {})),
                         value=err.get("input"))


_NONE = type(None)


def _lengths(low: int, high: int):
    return lambda c: low <= min(map(len, c)) and max(map(len, c)) <= high


def _at_least_zero(c: list) -> bool:
    return bool((np.array(c, dtype=float) >= 0).all())  # nan fails: pydantic decides


# field -> (types that certainly pass, test of the non-None values); mirrors Project. A value
# outside these is not necessarily wrong: its row simply goes through pydantic.
_SAFE: dict[str, tuple[set[type], Any]] = {
    "project_id": ({str}, _lengths(1, 64)), "title": ({str}, _lengths(1, 500)),
    **{f: ({str}, None) for f in ("revier_code", "focus_area_code", "stage_code", "source")},
    **{f: ({str, _NONE}, None) for f in ("description", "sponsor", "sponsor_type", "district_code",
                                         "municipality", "mission_code", "programme_code",
                                         "contact", "remarks", "invkg_area")},
    "further_missions": ({list}, lambda c: set(map(type, itertools.chain.from_iterable(c))) <= {str}),
    **{f: ({int}, lambda c: set(c) <= {0, 1, 2}) for f in THEME_COLUMNS},
    "status": ({str}, lambda c: set(c) <= set(get_args(Status))),
    **{f: ({float, _NONE}, _at_least_zero) for f in ("total_cost_eur", "requested_eur", "granted_eur")},
    "amounts_flagged": ({bool}, None),
    **{f: ({int, _NONE}, lambda c: min(c) >= 0)
       for f in ("planned_jobs", "planned_apprenticeships", "actual_jobs", "actual_apprenticeships")},
    **{f: ({date, _NONE}, None) for f in ("start_date", "end_date", "as_of")},
}


def suspect(cols: dict[str, list]) -> np.ndarray:
    """Rows whose values Project might reject: a whole column is checked at C speed, and only a
    column that fails is checked cell by cell."""
    n = len(cols["project_id"])
    if set(_SAFE) != set(PROJECT_COLUMNS):  # the model changed: let pydantic see everything
        return np.ones(n, dtype=bool)
    suspect = np.zeros(n, dtype=bool)
    for f, (types, test) in _SAFE.items():
        values = cols[f]
        if _fine(values, types, test):
            continue
        suspect |= np.array([not _fine([v], types, test) for v in values], dtype=bool)
    # the model validator: end before start, main mission among the further ones
    for i, (start, end, mission, further) in enumerate(zip(
            cols["start_date"], cols["end_date"], cols["mission_code"], cols["further_missions"],
            strict=True)):
        # (values of another type already made their row suspect above)
        if (start.__class__ is date and end.__class__ is date and end < start) or (
                mission and further.__class__ is list and mission in further):
            suspect[i] = True
    return suspect


def _fine(values: list, types: set[type], test) -> bool:
    if not set(map(type, values)) <= types:
        return False
    if test is None:
        return True
    present = [v for v in values if v is not None] if _NONE in types else values
    return not present or bool(test(present))


def _rejected(frame: pd.DataFrame, problems: Problems) -> pd.DataFrame:
    messages: dict[int, list[str]] = defaultdict(list)
    for issue in [*problems.row_issues, *problems.table.data.row_issues()]:
        if issue.severity == "error" and issue.row is not None:
            messages[issue.row].append(issue.message)
    return pd.DataFrame({"row": frame["row"].to_numpy(), "project_id": frame["project_id"].to_numpy(),
                         "title": frame["title"].to_numpy(),
                         # object: pandas would turn the texts into plain strings, which
                         # cannot be said again in the reader's language (texts.again)
                         "message": pd.Series([listed(list(dict.fromkeys(messages[r])), "; ")
                                               if messages.get(r) else say("row.faulty")
                                               for r in frame["row"]], dtype=object,
                                              index=frame.index)})
