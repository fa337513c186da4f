"""The project explorer: one page of the filtered, searched and sorted project list, and one
project's detail with its missions, theme markers and stage history."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_date, fmt_eur, fmt_int
from dashboard.store.gateway import Database

SORT_KEYS = ("project_id", "title", "revier", "focus_area", "mission", "stage", "sponsor",
             "municipality", "requested_eur", "granted_eur", "first_entered_on", "as_of")
PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000

# detail fields in display order, and how each value is formatted
DETAIL_FIELDS: tuple[tuple[str, str], ...] = (
    ("project_id", "text"), ("title", "text"), ("description", "text"), ("sponsor", "text"),
    ("sponsor_type_name", "text"), ("revier_name", "text"), ("bundesland_name", "text"),
    ("district_name", "text"), ("municipality", "text"), ("focus_area_name", "text"),
    ("stage_name", "text"), ("status_name", "text"), ("programme_name", "text"),
    ("total_cost_eur", "eur"), ("requested_eur", "eur"), ("granted_eur", "eur"),
    ("planned_jobs", "int"), ("planned_apprenticeships", "int"), ("actual_jobs", "int"),
    ("actual_apprenticeships", "int"), ("invkg_area_name", "text"), ("start_date", "date"), ("end_date", "date"),
    ("first_entered_on", "date"), ("contact", "text"), ("remarks", "text"), ("as_of", "date"),
    ("source", "text"),
)


def _missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value))


def _fmt(value: object, kind: str) -> str:
    if _missing(value):
        return "–"
    if kind == "eur":
        return fmt_eur(float(value))
    if kind == "int":
        return fmt_int(int(value))
    if kind == "date":
        return fmt_date(pd.Timestamp(value).date())
    return str(value)


def project_page(db: Database, filters: Filters, search: str = "", sort: str = "project_id",
                 descending: bool = False, limit: int = PAGE_SIZE,
                 offset: int = 0) -> tuple[pd.DataFrame, int]:
    """Up to `limit` filtered projects matching `search` (id, title, sponsor, municipality;
    case-insensitive), sorted by `sort`, from `offset`; and the number of all matches."""
    if sort not in SORT_KEYS:
        raise ValueError(f"unbekannte Sortierung {sort!r}")
    limit = max(1, min(int(limit), MAX_PAGE_SIZE))
    df = query_filtered(db, "projects_table", filters,
                        [search or "", sort, bool(descending), limit, max(0, int(offset))]).df
    if df.empty:
        # the window count is lost when the page is past the end: count the matches directly
        total = len(query_filtered(db, "projects_table", filters,
                                   [search or "", sort, bool(descending), MAX_PAGE_SIZE, 0]).df) \
            if offset else 0
        return df.drop(columns="total"), int(total)
    total = int(df["total"].iat[0])
    return df.drop(columns="total").reset_index(drop=True), total


def display_rows(page: pd.DataFrame) -> pd.DataFrame:
    """The page in German formats (1.234.567,89 €; 31.12.2025) for the table on screen."""
    out = pd.DataFrame({
        "project_id": page["project_id"],
        "title": page["title"],
        "revier": page["revier_name"],
        "focus_area": page["focus_area_name"],
        "mission": page["mission_code"].fillna("–"),
        "stage": page["stage_name"],
        "status": page["status_name"],
        "sponsor": page["sponsor"].fillna("–"),
        "municipality": page["municipality"].fillna("–"),
        "requested_eur": [_fmt(v, "eur") for v in page["requested_eur"]],
        "granted_eur": [_fmt(v, "eur") for v in page["granted_eur"]],
        "first_entered_on": [_fmt(v, "date") for v in page["first_entered_on"]],
        "as_of": [_fmt(v, "date") for v in page["as_of"]],
    })
    return out.reset_index(drop=True)


def project_detail(db: Database, project_id: str) -> dict | None:
    """One project: `row` (raw values), `fields` (field key, German-formatted value),
    `missions` (role primary/further, code, name), `themes` (theme, marker, marker name);
    None when the id is unknown."""
    row = db.query("projects_detail", [project_id]).first()
    if row is None:
        return None
    fields = pd.DataFrame([(key, _fmt(row.get(key), kind)) for key, kind in DETAIL_FIELDS],
                          columns=["field", "value"])
    return {
        "row": row,
        "fields": fields,
        "missions": db.query("projects_missions", [project_id, project_id]).df,
        "themes": db.query("projects_theme_markers", [project_id]).df,
    }


def stage_history(db: Database, project_id: str, today: date) -> pd.DataFrame:
    """The stays of a project in its stages: entered, left (None while open), days in the stage
    (open stays counted until `today`; none for a final stage), exit reason, and `end` for a
    timeline chart."""
    df = db.query("projects_stage_history", [project_id]).df
    if df.empty:
        return df.assign(days=pd.Series(dtype="Int64"), is_open=pd.Series(dtype=bool),
                         end=pd.Series(dtype="datetime64[ns]"))
    entered = pd.to_datetime(df["entered_on"])
    left = pd.to_datetime(df["left_on"])
    last_stage = bool(df["is_final_stage"].iloc[-1]) and pd.isna(df["left_on"].iloc[-1])
    df["is_open"] = left.isna()
    end = left.fillna(pd.Timestamp(today))
    days = (end - entered).dt.days.astype("Int64")
    if last_stage:
        # a completed project stays in "Abgeschlossen"; there is nothing to wait for
        days.iloc[-1] = pd.NA
        end.iloc[-1] = entered.iloc[-1]
    df["days"] = days
    df["end"] = end
    df["outcome"] = df["outcome"].astype(object).where(df["outcome"].notna(), None)
    return df


def history_rows(stays: pd.DataFrame, exit_names: dict[str, str]) -> pd.DataFrame:
    """The stage history in German formats: stage, entered, left ('–' while open), days,
    exit reason (by name)."""
    return pd.DataFrame({
        "stage": stays["stage_name"],
        "entered_on": [_fmt(v, "date") for v in stays["entered_on"]],
        "left_on": [_fmt(v, "date") for v in stays["left_on"]],
        "days": [_fmt(v, "int") if not pd.isna(v) else "–" for v in stays["days"]],
        "outcome": [exit_names.get(o, o) if o else "" for o in stays["outcome"]],
    })
