"""Rows of a read project list -> valid project records and stage events, every problem named
by row and column. Identity first (project-ID column, else a key from title + sponsor); then
the cross-field rules run column-wise over the whole table, and pydantic checks each record.

Columns the file does not have keep the database value of an existing project (a list with
fewer columns never blanks data out); an empty cell in a column the file has clears the value.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, get_args

import numpy as np
import pandas as pd
from pydantic import TypeAdapter, ValidationError

from dashboard.domain.project import PROJECT_COLUMNS, THEME_COLUMNS, Project, Status
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_date, fmt_eur
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.table import Issue, ParsedTable

EVENT_COLUMNS = ("project_id", "stage_code", "entered_on", "outcome")
REQUIRED = ("title", "revier_code", "focus_area_code")
DEFAULTS: dict[str, Any] = {"further_missions": [], "theme_fk": 0, "theme_kj": 0, "theme_gs": 0,
                            "theme_dw": 0, "status": "aktiv", "amounts_flagged": False,
                            "source": "import"}
AMOUNT_HINT = "Beträge prüfen oder in „Betragsabweichung begründet“ „ja“ eintragen."
_ADAPTER = TypeAdapter(list[Project])
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_WORD = re.compile(r"\w+")


@dataclass
class Validation:
    """The outcome of checking one table: what can be imported and what cannot, and why."""

    projects: pd.DataFrame   # valid rows: "row" (Excel row) + PROJECT_COLUMNS
    events: pd.DataFrame     # stage events of the valid rows (EVENT_COLUMNS + "row")
    rejected: pd.DataFrame   # row, project_id, title, message
    issues: list[Issue]      # notices, then every row issue in row order


# -- identity ----------------------------------------------------------------------------------
def normalise(text: object) -> str:
    """Lower case, umlauts spelt out, punctuation and repeated spaces removed."""
    if text is None or text == "":
        return ""
    folded = unicodedata.normalize("NFC", str(text)).lower().translate(_UMLAUTS)
    return " ".join(_WORD.findall(folded))


def stable_key(title: object, sponsor: object) -> str:
    """'K-' + 12 hex digits of SHA-1 over the normalised title and sponsor."""
    digest = hashlib.sha1(f"{normalise(title)}|{normalise(sponsor)}".encode()).hexdigest()
    return f"K-{digest[:12]}"


def identify(table: ParsedTable) -> tuple[list[str | None], list[Issue]]:
    """The project id of every row (None without id and title) and the issues: derived keys
    (warning) and the same key in several rows (an error on each, naming all of them)."""
    has_id_column = any(c.field == "project_id" for c in table.columns)
    data = table.data
    issues: list[Issue] = []
    titles, sponsors = data.column("title"), data.column("sponsor")
    pids = [(raw.strip() if raw.__class__ is str else str(raw).strip()) if raw is not None else ""
            for raw in data.column("project_id")]
    ids = [pid or None for pid in pids]
    for i in [i for i, pid in enumerate(pids) if not pid and titles[i]]:  # rows without an id
        ids[i] = stable_key(titles[i], sponsors[i])
        if has_id_column:
            letter, header = _cell(table, "project_id")
            issues.append(Issue("warning", "Projekt-ID fehlt: das Projekt wird über Titel und "
                                "Projektträger erkannt. Bitte die ID nachtragen, sonst gilt ein "
                                "geänderter Titel als neues Projekt.", table.file_name, table.sheet,
                                data.row_numbers[i], header, letter, None, f"Schlüssel {ids[i]}"))
    if not has_id_column and len(data):
        issues.append(Issue("warning", "Die Datei hat keine Spalte „Projekt-ID“: jedes Projekt wird "
                            "über Titel und Projektträger erkannt (Schlüssel „K-…“). Ein geänderter "
                            "Titel oder Träger gilt dann als neues Projekt.", table.file_name,
                            table.sheet, suggestion="Spalte „Projekt-ID“ ergänzen (siehe Vorlage)."))
    named = [pid for pid in ids if pid is not None]
    if len(set(named)) == len(named):  # the usual case: no key twice
        return ids, issues
    rows_by_id: dict[str, list[int]] = defaultdict(list)
    for index, pid in enumerate(ids):
        if pid is not None:
            rows_by_id[pid].append(index)
    for pid, indexes in rows_by_id.items():
        if len(indexes) > 1:
            numbers = [str(data.row_numbers[i]) for i in indexes]
            listed = ", ".join(numbers[:-1]) + f" und {numbers[-1]}"
            for i in indexes:
                field = "project_id" if has_id_column else "title"
                letter, header = _cell(table, field)
                issues.append(Issue("error", f"Das Projekt {pid} steht mehrfach in der Datei "
                                    f"(Zeilen {listed}).", table.file_name, table.sheet,
                                    data.row_numbers[i], header, letter, pid,
                                    "Doppelte Zeilen zusammenführen oder eine davon löschen."))
    return ids, issues


def _cell(table: ParsedTable, field: str) -> tuple[str | None, str | None]:
    if field in table.data.cells:
        return table.data.cells[field]
    for c in table.columns:
        if c.field == field:
            return c.letter, c.header
    spec = BY_NAME.get(field)
    return None, spec.header if spec else field


# -- collecting problems -------------------------------------------------------------------------
class _Problems:
    """Issues of the rows; an error marks its row as rejected."""

    def __init__(self, table: ParsedTable):
        self.table = table
        self.row_issues: list[Issue] = []
        self.bad = np.zeros(table.n_rows, dtype=bool)
        for i, found in table.data.issues.items():
            self.bad[i] = any(issue.severity == "error" for issue in found)

    def add(self, i: int, field: str, message: str, value: object = None,
            suggestion: str | None = None, severity: str = "error") -> None:
        data = self.table.data
        letter, header = _cell(self.table, field)
        column = data.raw.get(field)  # as ParsedRow.raw.get(field, value)
        raw = column[i] if column is not None and column[i] != data.empty else value
        self.row_issues.append(Issue(severity, message, self.table.file_name, self.table.sheet,
                                     data.row_numbers[i], header, letter, _text(raw), suggestion))
        if severity == "error":
            self.bad[i] = True


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if hasattr(value, "strftime"):
        return fmt_date(value)
    return str(value)


def _eur(value: float) -> str:
    return fmt_eur(value, 2)


# -- the rules -----------------------------------------------------------------------------------
def validate(table: ParsedTable, taxonomy: Taxonomy, ids: list[str | None],
             existing: Mapping[str, Mapping[str, Any]] | None = None,
             id_issues: list[Issue] | None = None) -> Validation:
    """Check every row; `existing` maps project_id -> its database record (for columns the file
    does not have); `ids`/`id_issues` come from identify()."""
    existing = existing or {}
    problems = _Problems(table)
    present = {c.field for c in table.columns if c.field}
    cols = _columns(table, ids, present, existing)
    file_issues = [i for i in (id_issues or []) if i.row is None]
    index_of = {r: i for i, r in enumerate(table.data.row_numbers)}
    for issue in id_issues or []:
        if issue.row is not None:
            problems.row_issues.append(issue)
            if issue.severity == "error":
                problems.bad[index_of[issue.row]] = True
    file_issues += _required(problems, cols, present)
    stages = sorted(taxonomy.stages, key=lambda s: s.sort)
    milestones = _milestones(problems, cols, present, stages)
    _amounts_and_dates(problems, cols)
    _places(problems, cols, taxonomy)
    _pydantic(problems, cols)
    valid = ~problems.bad
    frame = pd.DataFrame({"row": table.data.row_numbers,
                          **{f: cols[f] for f in PROJECT_COLUMNS}})
    row_issues = [*table.data.row_issues(), *problems.row_issues]
    issues = [*table.notices, *file_issues,
              *sorted(row_issues, key=lambda i: (i.row or 0, len(i.column_letter or ""),
                                                 i.column_letter or ""))]
    return Validation(projects=frame[valid].reset_index(drop=True),
                      events=_events(cols, milestones, valid, frame["row"].to_numpy()),
                      rejected=_rejected(frame[~valid], problems), issues=issues)


def _columns(table: ParsedTable, ids: list[str | None], present: set[str],
             existing: Mapping[str, Mapping[str, Any]]) -> dict[str, list]:
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


def _required(problems: _Problems, cols: dict[str, list], present: set[str]) -> list[Issue]:
    table, missing_columns = problems.table, []
    for f in REQUIRED:
        if f not in present:
            problems.bad[:] = True
            if any(i.severity == "error" for i in table.notices):
                continue  # the reader already said which required column is missing
            missing_columns.append(Issue("error", f"Die Pflichtspalte „{BY_NAME[f].header}“ fehlt; "
                                         "ohne sie kann keine Zeile übernommen werden.",
                                         table.file_name, table.sheet,
                                         suggestion="Spalte ergänzen (siehe Vorlage)."))
            continue
        raw = table.data.raw.get(f)
        for i, value in enumerate(cols[f]):
            # a value the reader could not parse already has its own error
            if (value is None or value == "") and (raw is None or raw[i] is None or raw[i] == ""
                                                   or raw[i] == table.data.empty):
                problems.add(i, f, f"Pflichtangabe „{BY_NAME[f].header}“ fehlt.")
    return missing_columns


_EPOCH = 719163  # date(1970, 1, 1).toordinal()


def _days(values: list) -> np.ndarray:
    """Dates as float day numbers since 1970 (nan for none), for column-wise comparisons."""
    # a list repeats its dates: convert each distinct one once, then map the column in C
    day = {v: v.toordinal() - _EPOCH for v in set(values) if v is not None}
    day[None] = np.nan
    return np.fromiter(map(day.__getitem__, values), dtype=float, count=len(values))


def _milestones(problems: _Problems, cols: dict[str, list], present: set[str],
                stages: list) -> dict[str, Any]:
    """Stage dates in pipeline order, the Prüfstufe consistent with them (derived when the
    file has none), and the exit (status + 'Ausgeschieden am')."""
    fields = [f"date_{s.code}" for s in stages if f"date_{s.code}" in present]
    position = {s.code: k for k, s in enumerate(stages)}
    name = {s.code: s.name for s in stages}
    field_pos = np.array([position[f.removeprefix("date_")] for f in fields], dtype=float)
    n = len(cols["project_id"])
    days = np.column_stack([_days(cols[f]) for f in fields]) if fields else np.empty((n, 0))
    if fields:
        running = np.fmax.accumulate(days, axis=1)
        before = np.column_stack([np.full(n, np.nan), running[:, :-1]])
        with np.errstate(invalid="ignore"):
            out_of_order = days < before
        for i, j in zip(*np.nonzero(out_of_order), strict=True):
            earlier = next(k for k in range(j) if days[i, k] == before[i, j])
            problems.add(i, fields[j], f"{BY_NAME[fields[j]].header} ({fmt_date(cols[fields[j]][i])}) "
                         f"liegt vor {BY_NAME[fields[earlier]].header} "
                         f"({fmt_date(cols[fields[earlier]][i])}); die Prüfstufen müssen in dieser "
                         "Reihenfolge durchlaufen werden.", suggestion="Datumsangaben prüfen.")
    has = ~np.isnan(days)
    latest = np.where(has, field_pos, -1).max(axis=1).astype(int) if fields else np.full(n, -1)
    stage, olds = cols["stage_code"], cols["_old"]
    given = "stage_code" in present
    for i in range(n):
        if stage[i] is None or not given:
            # derived from the latest milestone; an existing project never moves back
            before = position.get(olds[i]["stage_code"], -1) if olds[i] is not None else -1
            reached = max(int(latest[i]), before)
            if reached >= 0:
                stage[i] = stages[reached].code
            elif not problems.bad[i]:
                problems.add(i, "stage_code", "Die Prüfstufe fehlt und lässt sich aus keinem "
                             "Meilensteindatum ableiten.", suggestion="Prüfstufe oder das Datum "
                             "der erreichten Stufe eintragen.")
        elif latest[i] > position.get(stage[i], 99):
            later = np.flatnonzero(has[i] & (field_pos > position[stage[i]]))
            listed = ", ".join(f"„{name[fields[j][5:]]}“" for j in later)
            problems.add(i, fields[later[0]], f"Für {listed} ist ein Datum eingetragen, die "
                         f"Prüfstufe ist aber „{name[stage[i]]}“.",
                         suggestion=f"Prüfstufe auf „{stages[latest[i]].name}“ setzen oder die "
                         "späteren Daten löschen.")
    last_day = np.nanmax(np.where(has, days, -np.inf), axis=1) if fields else np.full(n, -np.inf)
    exit_days = _days(cols["exit_date"])
    status = cols["status"]
    for i in np.flatnonzero(~np.isnan(exit_days)):
        if status[i] == "aktiv":
            problems.add(i, "exit_date", "„Ausgeschieden am“ ist ausgefüllt, der Status ist aber "
                         "„aktiv“.", suggestion="Status (zurückgestellt, abgelehnt, zurückgezogen) "
                         "eintragen oder das Datum löschen.")
        elif exit_days[i] < last_day[i]:
            problems.add(i, "exit_date", f"Das Ausscheiden ({fmt_date(cols['exit_date'][i])}) liegt "
                         "vor dem letzten Meilenstein.", suggestion="Datumsangaben prüfen.")
    for i in range(n):
        old = cols["_old"][i]
        if status[i] != "aktiv" and np.isnan(exit_days[i]) and (old is None or old["status"] != status[i]):
            problems.add(i, "exit_date" if "exit_date" in present else "status",
                         "Das Datum des Ausscheidens fehlt; das Ausscheiden wird ohne Datum nicht in "
                         "der Prüfstufen-Historie vermerkt.", severity="warning",
                         suggestion="„Ausgeschieden am“ eintragen.")
    return {"fields": fields, "days": days, "exit_days": exit_days}


def _amounts_and_dates(problems: _Problems, cols: dict[str, list]) -> None:
    def floats(f: str) -> np.ndarray:
        return np.array([np.nan if v is None else v for v in cols[f]], dtype=float)

    total, requested, granted = (floats(f) for f in ("total_cost_eur", "requested_eur", "granted_eur"))
    free = ~np.array(cols["amounts_flagged"], dtype=bool)
    with np.errstate(invalid="ignore"):
        over_requested = free & (granted > requested + 0.005)
        over_total = free & np.isnan(requested) & (granted > total + 0.005)
        requested_over_total = free & (requested > total + 0.005)
    for i in np.flatnonzero(over_requested):
        problems.add(i, "granted_eur", f"Die bewilligte Förderung ({_eur(granted[i])}) ist höher als "
                     f"die beantragte ({_eur(requested[i])}).", suggestion=AMOUNT_HINT)
    for i in np.flatnonzero(over_total):
        problems.add(i, "granted_eur", f"Die bewilligte Förderung ({_eur(granted[i])}) ist höher als "
                     f"die Gesamtkosten ({_eur(total[i])}).", suggestion=AMOUNT_HINT)
    for i in np.flatnonzero(requested_over_total):
        problems.add(i, "requested_eur", f"Die beantragte Förderung ({_eur(requested[i])}) ist höher "
                     f"als die Gesamtkosten ({_eur(total[i])}).", suggestion=AMOUNT_HINT)
    start, end = _days(cols["start_date"]), _days(cols["end_date"])
    with np.errstate(invalid="ignore"):
        for i in np.flatnonzero(end < start):
            problems.add(i, "end_date", f"Das Projektende ({fmt_date(cols['end_date'][i])}) liegt vor "
                         f"dem Projektbeginn ({fmt_date(cols['start_date'][i])}).",
                         suggestion="Projektbeginn und -ende prüfen.")


def _places(problems: _Problems, cols: dict[str, list], taxonomy: Taxonomy) -> None:
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
            problems.add(i, "district_code", f"{d.name} gehört nicht zum Revier "
                         f"„{revier_name.get(revier, revier)}“, sondern zu "
                         f"„{revier_name.get(d.revier_code, d.revier_code)}“.",
                         suggestion="Revier oder Landkreis korrigieren.")
        if focus is not None:
            key = (revier, focus)
            if key not in networks:
                networks[key] = taxonomy.network_for(revier, focus) is not None
            if not networks[key]:
                problems.add(i, "focus_area_code", f"Im Revier „{revier_name.get(revier, revier)}“ gibt es "
                             f"kein Fachnetzwerk für „{focus_name.get(focus, focus)}“.",
                             suggestion="Entwicklungsschwerpunkt oder Revier korrigieren.")
        if mission is not None and further and mission in further:
            problems.add(i, "further_missions", f"Die Hauptmission {mission} steht auch unter den "
                         "weiteren Missionen.", suggestion=f"{mission} bei den weiteren Missionen "
                         "streichen.")


_GERMAN = {
    "string_too_long": "Der Text ist zu lang (höchstens {max_length} Zeichen).",
    "string_too_short": "Der Text darf nicht leer sein.",
    "greater_than_equal": "Der Wert darf nicht negativ sein.",
    "missing": "Pflichtangabe fehlt.",
    "literal_error": "Ungültiger Wert; erlaubt: {expected}.",
}


def _pydantic(problems: _Problems, cols: dict[str, list]) -> None:
    # pydantic sees only the rows a column-wise check cannot vouch for (same errors, ~20x less work)
    ok = np.flatnonzero(~problems.bad & _suspect(cols))
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
            template = _GERMAN.get(err["type"], "Ungültiger Wert.")
            problems.add(int(ok[loc[0]]), field, template.format(**(err.get("ctx") or {})),
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
                                         "contact", "remarks")},
    "further_missions": ({list}, lambda c: set(map(type, itertools.chain.from_iterable(c))) <= {str}),
    **{f: ({int}, lambda c: set(c) <= {0, 1, 2}) for f in THEME_COLUMNS},
    "status": ({str}, lambda c: set(c) <= set(get_args(Status))),
    **{f: ({float, _NONE}, _at_least_zero) for f in ("total_cost_eur", "requested_eur", "granted_eur")},
    "amounts_flagged": ({bool}, None),
    "planned_jobs": ({int, _NONE}, lambda c: min(c) >= 0),
    **{f: ({date, _NONE}, None) for f in ("start_date", "end_date", "as_of")},
}


def _suspect(cols: dict[str, list]) -> np.ndarray:
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


def _events(cols: dict[str, list], milestones: dict[str, Any], valid: np.ndarray,
            rows: np.ndarray) -> pd.DataFrame:
    ids = np.array(cols["project_id"], dtype=object)
    parts = []
    for j, f in enumerate(milestones["fields"]):
        take = valid & ~np.isnan(milestones["days"][:, j])
        parts.append(pd.DataFrame({"project_id": ids[take], "stage_code": f.removeprefix("date_"),
                                   "entered_on": milestones["days"][take, j], "outcome": None,
                                   "row": rows[take]}))
    status = np.array(cols["status"], dtype=object)
    take = valid & ~np.isnan(milestones["exit_days"]) & (status != "aktiv")
    parts.append(pd.DataFrame({"project_id": ids[take],
                               "stage_code": np.array(cols["stage_code"], dtype=object)[take],
                               "entered_on": milestones["exit_days"][take],
                               "outcome": status[take], "row": rows[take]}))
    events = pd.concat(parts, ignore_index=True)
    events["entered_on"] = events["entered_on"].astype("int64").astype("datetime64[D]").astype(
        "datetime64[s]")
    events["outcome"] = events["outcome"].astype(object)
    return events


def _rejected(frame: pd.DataFrame, problems: _Problems) -> pd.DataFrame:
    messages: dict[int, list[str]] = defaultdict(list)
    for issue in [*problems.row_issues, *problems.table.data.row_issues()]:
        if issue.severity == "error" and issue.row is not None:
            messages[issue.row].append(issue.message)
    return pd.DataFrame({"row": frame["row"].to_numpy(), "project_id": frame["project_id"].to_numpy(),
                         "title": frame["title"].to_numpy(),
                         "message": ["; ".join(dict.fromkeys(messages.get(r, []))) or
                                     "Zeile fehlerhaft." for r in frame["row"]]})
