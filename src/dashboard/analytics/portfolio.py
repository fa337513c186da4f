"""Missions x focus areas: the matrix, the reference mapping, possible mis-tagging, flows to the
Reviere and coverage gaps as sentences.

Counting rule (documented on the page): the main matrix counts each project once, under its
primary mission ("ohne Mission" when it has none). With `include_further` a project also counts
under each further mission, so cells then add up to more than the number of projects. Funding
sums cover projects still in the pipeline (status "aktiv"), as on the Übersicht.
"""

from __future__ import annotations

import pandas as pd

from dashboard.analytics.filtering import NO_MISSION, query_filtered
from dashboard.analytics.memo import PerDatabase
from dashboard.domain.filters import Filters
from dashboard.facts import count
from dashboard.i18n import language
from dashboard.store.gateway import Database
from dashboard.texts import t

MEASURES = ("projects", "requested_eur", "granted_eur")
# The Missionen page reads the matrix and the mission x Revier counts for several views (matrix,
# coverage heatmap, gap sentences): each query runs once per (database, data version, filters)
# and callers get a copy (a few entries per open database).
_RESULTS = PerDatabase(kept=16)


def _shared(db: Database, name: str, filters: Filters, params: tuple = ()) -> pd.DataFrame:
    result = _RESULTS.get(db, (filters.model_dump_json(), name, params),
                          lambda: query_filtered(db, name, filters, list(params)).df)
    return result.copy()


def mission_focus_matrix(db: Database, filters: Filters, include_further: bool = False) -> pd.DataFrame:
    """Long form of the (10 missions + "ohne") x 6 focus areas matrix: projects, requested and
    granted EUR per cell, and the mapping strength ("primary", "secondary" or None)."""
    df = _shared(db, "portfolio_matrix", filters, (bool(include_further),))
    df["strength"] = df["strength"].astype(object).where(df["strength"].notna(), None)
    return df


def unmapped_projects(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects whose primary mission is not mapped to their focus area (possible mis-tagging)."""
    return query_filtered(db, "portfolio_unmapped", filters).df


def flows(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects and funding per primary mission (or "ohne"), focus area and Revier."""
    return query_filtered(db, "portfolio_flows", filters).df


def sankey_links(db: Database, filters: Filters, measure: str = "projects") -> pd.DataFrame:
    """Links of the Sankey mission -> focus area -> Revier: level, source, target, their labels
    and the value of `measure`; zero links are left out."""
    if measure not in MEASURES:
        raise ValueError(f"unbekannte Größe {measure!r}")
    df = flows(db, filters)
    cols = ["level", "source", "source_label", "target", "target_label", "value"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    df = df.assign(mission_short=[t("filter.no_mission") if c == NO_MISSION else f"{c} {s}"
                                  for c, s in zip(df["mission_code"], df["mission_short"], strict=True)])
    def level(name: str, source: tuple[str, str, str], target: tuple[str, str, str]):
        """Sum `measure` per (source, target); each side given as (sort, code, label) columns."""
        grouped = df.groupby([*source, *target], as_index=False)[measure].sum()
        grouped = grouped.rename(columns={source[1]: "source", source[2]: "source_label",
                                          target[1]: "target", target[2]: "target_label",
                                          measure: "value"})
        return grouped.assign(level=name)[cols]

    mission = ("mission_sort", "mission_code", "mission_short")
    focus = ("focus_area_sort", "focus_area_code", "focus_area_name")
    revier = ("revier_sort", "revier_code", "revier_name")
    first = level("mission_focus_area", mission, focus)
    second = level("focus_area_revier", focus, revier)
    links = pd.concat([first, second], ignore_index=True)
    return links[links["value"] > 0].reset_index(drop=True)


def mission_revier_counts(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects per mission and Revier (primary and further missions), every pair listed."""
    return _shared(db, "portfolio_mission_revier", filters)


def revier_phrase(name: str, case: str = "dat") -> str:
    """'Lausitzer Revier' -> 'im Lausitzer Revier' / 'des Lausitzer Reviers';
    'Mitteldeutsches Revier' -> 'im Mitteldeutschen Revier' / 'des Mitteldeutschen Reviers'.
    In English: 'in the Lausitzer Revier' / 'of the Lausitzer Revier'."""
    words = name.split()
    if language() == "en":
        article = "the " if words and words[-1] == "Revier" else ""
        return f"{'in' if case == 'dat' else 'of'} {article}{name}"
    if not words or words[-1] != "Revier":
        return f"in {name}" if case == "dat" else f"von {name}"
    # weak adjective ending after im/des; place adjectives on -er stay as they are
    adjectives = [w[:-2] + "en" if w.endswith("es") else w for w in words[:-1]]
    noun = "Revier" if case == "dat" else "Reviers"
    return " ".join(["im" if case == "dat" else "des", *adjectives, noun])


def _scope(selected: tuple[str, ...], all_codes: list[str]) -> list[str]:
    return [c for c in all_codes if c in selected] if selected else list(all_codes)


def coverage_gaps(db: Database, filters: Filters) -> pd.DataFrame:
    """Coverage gaps in the selection, most important first: focus areas without any mapped
    mission, missions without any project, missions without a project in a Revier, and mapped
    (primary) combinations no project connects. Columns: kind, codes, the sentence as a text
    key with its values (`text_key`, `text_values`) and rendered (`sentence`)."""
    cols = ["kind", "mission_code", "focus_area_code", "revier_code", "text_key", "text_values",
            "sentence"]
    primary_only = mission_focus_matrix(db, filters)
    if int(primary_only["projects"].sum()) == 0:
        return pd.DataFrame(columns=cols)  # empty selection: nothing to say about gaps
    matrix = mission_focus_matrix(db, filters, include_further=True)
    per_revier = mission_revier_counts(db, filters)
    mapping = db.query("portfolio_mapping").df
    focus = matrix.drop_duplicates("focus_area_code")
    missions = matrix[matrix["mission_code"] != NO_MISSION].drop_duplicates("mission_code")
    focus_scope = _scope(filters.focus_areas, list(focus["focus_area_code"]))
    chosen = tuple(m for m in filters.missions if m != NO_MISSION)
    # only "ohne Mission" chosen: no mission is in scope, so none can lack projects
    mission_scope = [] if filters.missions and not chosen else \
        _scope(chosen, list(missions["mission_code"]))
    reviere = per_revier.drop_duplicates("revier_code")
    revier_scope = _scope(filters.reviere, list(reviere["revier_code"]))
    rows: list[dict] = []

    def gap(kind: str, key: str, **codes_and_values) -> None:
        codes = {k: codes_and_values.pop(k) for k in ("mission_code", "focus_area_code",
                                                       "revier_code") if k in codes_and_values}
        rows.append({"kind": kind, **codes, "text_key": key, "text_values": codes_and_values,
                     "sentence": t(key, **{k: str(v) for k, v in codes_and_values.items()})})

    for f in focus.itertuples():
        if f.focus_area_code in focus_scope and f.focus_area_code not in set(mapping["focus_area_code"]):
            cell = primary_only[primary_only["focus_area_code"] == f.focus_area_code]
            total = int(cell["projects"].sum())
            without = int(cell.loc[cell["mission_code"] == NO_MISSION, "projects"].sum())
            if total:
                gap("focus_area_unmapped", "gap.focus_unmapped", focus_area_code=f.focus_area_code,
                    focus=f.focus_area_name, without=count(without),
                    total=count(total, "count.projects_dat"))
            else:
                gap("focus_area_unmapped", "gap.focus_unmapped_empty",
                    focus_area_code=f.focus_area_code, focus=f.focus_area_name)
    silent: set[str] = set()
    for m in missions.itertuples():
        if m.mission_code not in mission_scope:
            continue
        here = per_revier[(per_revier["mission_code"] == m.mission_code)
                          & per_revier["revier_code"].isin(revier_scope)]
        if int(here["projects"].sum()) == 0:
            silent.add(m.mission_code)
            gap("mission_no_project", "gap.mission_none", mission_code=m.mission_code,
                code=m.mission_code, name=m.mission_name)
            continue
        for r in here[here["projects"] == 0].itertuples():
            gap("mission_revier", "gap.mission_revier", mission_code=m.mission_code,
                revier_code=r.revier_code, code=m.mission_code, name=m.mission_name,
                revier=revier_phrase(r.revier_name))
    cells = matrix.merge(mapping[mapping["strength"] == "primary"],
                         on=["mission_code", "focus_area_code"], suffixes=("", "_ref"))
    for c in cells[cells["projects"] == 0].itertuples():
        if c.mission_code in mission_scope and c.mission_code not in silent \
                and c.focus_area_code in focus_scope:
            gap("mapping_unused", "gap.mapping_unused", mission_code=c.mission_code,
                focus_area_code=c.focus_area_code, code=c.mission_code, name=c.mission_name,
                focus=c.focus_area_name)
    return pd.DataFrame(rows, columns=cols)
