"""The cross-field rules of a project row (a helper of step 4, ingest.check), run column-wise
over the whole table: required values, stage dates in pipeline order and consistent with the
Prüfstufe (Projektidee when a new project has none), exits, amounts, places, missions."""

from __future__ import annotations

from typing import Any

import numpy as np

from dashboard.domain.taxonomy import Taxonomy
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.identity import cell_of
from dashboard.ingest.messages import Issue, fmt_date, fmt_eur, listed, quoted, row_ranges, say
from dashboard.ingest.parse import Parsed
from dashboard.ingest.values import is_blank

REQUIRED = ("title", "revier_code", "focus_area_code")
_EPOCH = 719163  # date(1970, 1, 1).toordinal()


class Problems:
    """Issues of the rows; an error marks its row as rejected."""

    def __init__(self, table: Parsed):
        self.table = table
        self.row_issues: list[Issue] = []
        self.notices: list[Issue] = []   # about the file or many rows at once
        self.bad = np.zeros(table.n_rows, dtype=bool)
        for i, found in table.data.issues.items():
            self.bad[i] = any(issue.severity == "error" for issue in found)

    def add(self, i: int, field: str, message: str, value: object = None,
            suggestion: str | None = None, severity: str = "error", confirm: bool = False) -> None:
        data = self.table.data
        letter, header = cell_of(self.table, field)
        column = data.raw.get(field)  # as ParsedRow.raw.get(field, value)
        raw = column[i] if column is not None and column[i] != data.empty else value
        self.row_issues.append(Issue(severity, message, self.table.file_name, self.table.sheet,
                                     data.row_numbers[i], header, letter, _text(raw), suggestion,
                                     confirm))
        if severity == "error":
            self.bad[i] = True

    def notice(self, message: str, severity: str = "warning", suggestion: str | None = None) -> None:
        self.notices.append(Issue(severity, message, self.table.file_name, self.table.sheet,
                                  suggestion=suggestion))


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if hasattr(value, "strftime"):
        return fmt_date(value)
    return str(value)


def days(values: list) -> np.ndarray:
    """Dates as float day numbers since 1970 (nan for none), for column-wise comparisons."""
    # a list repeats its dates: convert each distinct one once, then map the column in C
    day = {v: v.toordinal() - _EPOCH for v in set(values) if v is not None}
    day[None] = np.nan
    return np.fromiter(map(day.__getitem__, values), dtype=float, count=len(values))


def required(problems: Problems, cols: dict[str, list], present: set[str]) -> None:
    table = problems.table
    for f in REQUIRED:
        if f not in present:
            problems.bad[:] = True
            if not any(i.severity == "error" for i in table.notices):  # else already said
                problems.notice(say("required.column", header=BY_NAME[f].header), "error",
                                say("column.required_hint"))
            continue
        raw = table.data.raw.get(f)
        for i, value in enumerate(cols[f]):
            # a value the reader could not parse already has its own error
            if (value is None or value == "") and (raw is None or raw[i] is None or raw[i] == ""
                                                   or raw[i] == table.data.empty
                                                   or is_blank(raw[i])):
                problems.add(i, f, say("required.cell", header=BY_NAME[f].header))


def milestones(problems: Problems, cols: dict[str, list], present: set[str],
               stages: list) -> dict[str, Any]:
    """Stage dates in pipeline order, the Prüfstufe consistent with them (derived when the
    file has none; Projektidee for a new project without any), and the exit (status +
    'Ausgeschieden am')."""
    fields = [f"date_{s.code}" for s in stages if f"date_{s.code}" in present]
    position = {s.code: k for k, s in enumerate(stages)}
    name = {s.code: s.name for s in stages}
    field_pos = np.array([position[f.removeprefix("date_")] for f in fields], dtype=float)
    n = len(cols["project_id"])
    day = np.column_stack([days(cols[f]) for f in fields]) if fields else np.empty((n, 0))
    if fields:
        running = np.fmax.accumulate(day, axis=1)
        before = np.column_stack([np.full(n, np.nan), running[:, :-1]])
        with np.errstate(invalid="ignore"):
            out_of_order = day < before
        for i, j in zip(*np.nonzero(out_of_order), strict=True):
            earlier = next(k for k in range(j) if day[i, k] == before[i, j])
            problems.add(i, fields[j], say(
                "stage.order", later=BY_NAME[fields[j]].header, later_date=fmt_date(cols[fields[j]][i]),
                earlier=BY_NAME[fields[earlier]].header,
                earlier_date=fmt_date(cols[fields[earlier]][i])), suggestion=say("stage.order_hint"))
    has = ~np.isnan(day)
    latest = np.where(has, field_pos, -1).max(axis=1).astype(int) if fields else np.full(n, -1)
    stage, olds = cols["stage_code"], cols["_old"]
    given = "stage_code" in present
    defaulted: list[int] = []
    for i in range(n):
        if stage[i] is None or not given:
            # derived from the latest milestone; an existing project never moves back
            prior = position.get(olds[i]["stage_code"], -1) if olds[i] is not None else -1
            reached = max(int(latest[i]), prior)
            if reached >= 0:
                stage[i] = stages[reached].code
            elif not problems.bad[i]:  # a new project with neither: its first stage, said so
                stage[i] = stages[0].code
                defaulted.append(i)
        elif latest[i] > position.get(stage[i], 99):
            later = np.flatnonzero(has[i] & (field_pos > position[stage[i]]))
            names = listed([quoted(name[fields[j][5:]]) for j in later])
            problems.add(i, fields[later[0]], say("stage.dates_after", listed=names,
                                                  stage=name[stage[i]]),
                         suggestion=say("stage.dates_after_hint", latest=stages[latest[i]].name))
    if defaulted:
        rows = [problems.table.data.row_numbers[i] for i in defaulted]
        key = "stage.default_one" if len(rows) == 1 else "stage.default"
        problems.notice(say(key, n=len(rows), rows=row_ranges(rows), stage=stages[0].name),
                        suggestion=say("stage.default_hint"))
    _exits(problems, cols, present, day, has)
    return {"fields": fields, "days": day, "exit_days": days(cols["exit_date"])}


def _exits(problems: Problems, cols: dict[str, list], present: set[str], day: np.ndarray,
           has: np.ndarray) -> None:
    n = len(cols["project_id"])
    last_day = np.nanmax(np.where(has, day, -np.inf), axis=1) if day.shape[1] else np.full(n, -np.inf)
    exit_days = days(cols["exit_date"])
    status = cols["status"]
    for i in np.flatnonzero(~np.isnan(exit_days)):
        if status[i] == "aktiv":
            problems.add(i, "exit_date", say("exit.active"), suggestion=say("exit.active_hint"))
        elif exit_days[i] < last_day[i]:
            problems.add(i, "exit_date", say("exit.before", date=fmt_date(cols["exit_date"][i])),
                         suggestion=say("stage.order_hint"))
    for i in range(n):
        old = cols["_old"][i]
        if status[i] != "aktiv" and np.isnan(exit_days[i]) and (old is None or old["status"] != status[i]):
            problems.add(i, "exit_date" if "exit_date" in present else "status", say("exit.no_date"),
                         severity="warning", suggestion=say("exit.no_date_hint"))


def amounts_and_dates(problems: Problems, cols: dict[str, list]) -> None:
    def floats(f: str) -> np.ndarray:
        return np.array([np.nan if v is None else v for v in cols[f]], dtype=float)

    def eur(value: float) -> str:
        return fmt_eur(value, 2)

    total, requested, granted = (floats(f) for f in ("total_cost_eur", "requested_eur", "granted_eur"))
    free = ~np.array(cols["amounts_flagged"], dtype=bool)
    hint = say("amount.hint")
    with np.errstate(invalid="ignore"):
        over_requested = free & (granted > requested + 0.005)
        over_total = free & np.isnan(requested) & (granted > total + 0.005)
        requested_over_total = free & (requested > total + 0.005)
    for i in np.flatnonzero(over_requested):
        problems.add(i, "granted_eur", say("amount.granted_over_requested", granted=eur(granted[i]),
                                           requested=eur(requested[i])), suggestion=hint)
    for i in np.flatnonzero(over_total):
        problems.add(i, "granted_eur", say("amount.granted_over_total", granted=eur(granted[i]),
                                           total=eur(total[i])), suggestion=hint)
    for i in np.flatnonzero(requested_over_total):
        problems.add(i, "requested_eur", say("amount.requested_over_total",
                                             requested=eur(requested[i]), total=eur(total[i])),
                     suggestion=hint)
    start, end = days(cols["start_date"]), days(cols["end_date"])
    with np.errstate(invalid="ignore"):
        for i in np.flatnonzero(end < start):
            problems.add(i, "end_date", say("dates.end_before_start", end=fmt_date(cols["end_date"][i]),
                                            start=fmt_date(cols["start_date"][i])),
                         suggestion=say("dates.end_before_start_hint"))


def places(problems: Problems, cols: dict[str, list], taxonomy: Taxonomy) -> None:
    """District in the Revier; a Fachnetzwerk for the focus area there; no doubled mission."""
    district_revier = {d.code: d for d in taxonomy.districts}
    revier_name = {r.code: r.name for r in taxonomy.reviere}
    focus_name = {f.code: f.name for f in taxonomy.focus_areas}
    networks: dict[tuple, bool] = {}
    reviere, districts, foci = cols["revier_code"], cols["district_code"], cols["focus_area_code"]
    # the rows that break a rule, found over distinct pairs; the messages are made row by row
    wrong_district = {(r, d) for r, d in set(zip(reviere, districts)) if r is not None
                      and (x := district_revier.get(d)) is not None and x.revier_code != r}
    no_network = {(r, f) for r, f in set(zip(reviere, foci)) if r is not None and f is not None
                  and taxonomy.network_for(r, f) is None}
    rows = {i for i, (m, further) in enumerate(zip(cols["mission_code"], cols["further_missions"]))
            if m is not None and further and m in further}
    if wrong_district:
        rows.update(i for i, pair in enumerate(zip(reviere, districts)) if pair in wrong_district)
    if no_network:
        rows.update(i for i, pair in enumerate(zip(reviere, foci)) if pair in no_network)
    for i in sorted(rows):
        revier, district, focus = reviere[i], districts[i], foci[i]
        mission, further = cols["mission_code"][i], cols["further_missions"][i]
        if revier is None:
            continue
        d = district_revier.get(district)
        if d is not None and d.revier_code != revier:
            problems.add(i, "district_code", say("place.district_revier", district=d.name,
                                                 revier=revier_name.get(revier, revier),
                                                 actual=revier_name.get(d.revier_code, d.revier_code)),
                         suggestion=say("place.district_revier_hint"))
        if focus is not None:
            key = (revier, focus)
            if key not in networks:
                networks[key] = taxonomy.network_for(revier, focus) is not None
            if not networks[key]:
                problems.add(i, "focus_area_code", say("place.no_network",
                                                       revier=revier_name.get(revier, revier),
                                                       focus=focus_name.get(focus, focus)),
                             suggestion=say("place.no_network_hint"))
        if mission is not None and further and mission in further:
            problems.add(i, "further_missions", say("mission.twice", mission=mission),
                         suggestion=say("mission.twice_hint", mission=mission))
