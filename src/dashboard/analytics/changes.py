"""What changed since a date (default: the saved "letzte Sitzung", else 30 days ago), and the
KPI figures as they stood on a past day, rebuilt from the stage history.

One definition of "seit D" everywhere (Übersicht tiles, Veränderungen, slides): from day D
*inclusive* to today. A change "seit D" is therefore now minus the state at the end of D − 1.

Funding changes come from two sources: *new grants* (a project reached the stage „Bewilligt“
in the period, with its granted amount; from the stage history) and *changed amounts* (an
import in the period replaced a project whose requested or granted amount then differed; from
the version history `project_version` of migration 002, compared with today's amounts). Without
that table only new grants are derivable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.analytics.overview import kpis
from dashboard.domain.filters import Filters
from dashboard.store import stays
from dashboard.store.gateway import Database

LAST_MEETING_KEY = "last_meeting"
DEFAULT_DAYS = 30
KPI_KEYS = ("projects", "in_review", "granted", "exited", "requested_eur", "granted_eur")
GRANT_STAGE = "BEW"


@dataclass(frozen=True)
class DataAge:
    """How old the data are on `today`: the newest change a page can count (stage event or
    changed amounts), the newest import in force and the saved "letzte Sitzung"."""

    today: date
    newest_change: date | None
    last_import: date | None
    last_meeting: date | None

    @property
    def days(self) -> int | None:
        """Days from the newest change to today (None: no change at all)."""
        return None if self.newest_change is None else (self.today - self.newest_change).days

    def is_old(self, window: int = DEFAULT_DAYS) -> bool:
        """True when nothing changed in the last `window` days although data exist."""
        return self.days is not None and self.days > window

    def starting_days(self) -> dict[str, date]:
        """The sensible days to count from, by kind ("meeting", "import", "newest"), no later
        than today; a day that equals an earlier kind's is left out."""
        found: dict[str, date] = {}
        for kind, day in (("meeting", self.last_meeting), ("import", self.last_import),
                          ("newest", self.newest_change)):
            if day is not None and day <= self.today and day not in found.values():
                found[kind] = day
        return found


def data_age(db: Database, today: date) -> DataAge:
    """The data's age on `today` (database-wide: the same answer on every page)."""
    row = db.query("changes_data_age", [today]).first() or {}

    def as_date(value) -> date | None:
        return None if value is None or pd.isna(value) else pd.Timestamp(value).date()

    return DataAge(today, as_date(row.get("newest_change")), as_date(row.get("last_import")),
                   last_meeting(db))


def default_since(today: date, age: DataAge | None = None) -> date:
    """The default start of the comparison period when no meeting is saved: 30 days ago, or,
    when the data are older than that, the 30 days up to their newest change (a page then
    shows the last changes there were, and says how old they are, instead of nothing)."""
    if age is not None and age.is_old():
        return age.newest_change - timedelta(days=DEFAULT_DAYS)
    return today - timedelta(days=DEFAULT_DAYS)


def resolve_since(db: Database, today: date, since: date | None = None,
                  age: DataAge | None = None) -> date:
    """An explicit date, else the saved "letzte Sitzung", else the default (30 days ago, or the
    30 days up to the newest change of old data); never after today. Übersicht and
    Veränderungen both start their period here (`age`: data_age(db, today), when the caller
    has it already)."""
    if since is None:
        age = age or data_age(db, today)
        since = age.last_meeting or default_since(today, age)
    return min(since, today)


def change_events(db: Database, filters: Filters, since: date, until: date) -> pd.DataFrame:
    """All stage events of the filtered projects from `since` to `until` (inclusive), with kind
    'neu' (first event of a project), 'wechsel' (a further stage) or 'ausstieg' (exit)."""
    df = query_filtered(db, "changes_events", filters, [since, until]).df
    df["event_on"] = pd.to_datetime(df["event_on"]).dt.date
    return df


def new_projects(events: pd.DataFrame) -> pd.DataFrame:
    """Projects whose first stage event lies in the period."""
    return events[events["kind"] == "neu"].reset_index(drop=True)


def stage_moves(events: pd.DataFrame) -> pd.DataFrame:
    """Moves into a further stage in the period (from_stage -> stage_code)."""
    return events[events["kind"] == "wechsel"].reset_index(drop=True)


def exits(events: pd.DataFrame) -> pd.DataFrame:
    """Projects that left the pipeline in the period, with the stage and the reason."""
    return events[events["kind"] == "ausstieg"].reset_index(drop=True)


def funding_changes(events: pd.DataFrame) -> pd.DataFrame:
    """New grants in the period: moves into „Bewilligt“ with the granted amount (derived; see
    module docstring)."""
    moved = events[(events["kind"] == "wechsel") & (events["stage_code"] == GRANT_STAGE)]
    return moved.reset_index(drop=True)


def change_counts(events: pd.DataFrame, amounts: pd.DataFrame | None = None
                  ) -> dict[str, int | float]:
    """The headline figures of a period: new projects, stage moves, exits, new grants and their
    granted sum, projects whose amounts an import changed (`events`: change_events, `amounts`:
    amount_changes of the same filters and period; 0 without)."""
    grants = funding_changes(events)
    return {"new": len(new_projects(events)), "moves": len(stage_moves(events)),
            "exits": len(exits(events)), "grants": len(grants),
            "granted_eur": float(grants["granted_eur"].fillna(0).sum()) if len(grants) else 0.0,
            "amounts": 0 if amounts is None else len(amounts)}


FUNDING_COLUMNS = ("project_id", "title", "event_on", "requested_before", "requested_eur",
                   "granted_before", "granted_eur")


def amount_changes(db: Database, filters: Filters, since: date, until: date) -> pd.DataFrame:
    """Projects whose requested or granted amount an import changed in the period (amounts
    before the first such import vs today); empty without a version history."""
    has_versions = db.scalar("SELECT count(*) FROM information_schema.tables "
                             "WHERE table_name = 'project_version'")
    if not has_versions:
        return pd.DataFrame(columns=list(FUNDING_COLUMNS))
    df = query_filtered(db, "changes_funding_versions", filters, [since, until]).df
    df["event_on"] = pd.to_datetime(df["event_on"]).dt.date
    return df


def changes_summary(db: Database, filters: Filters, since: date, until: date,
                    events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per stage: new projects, moves into the stage, exits at the stage in the period
    (`events`: the change_events of the same arguments, when the caller has them already)."""
    if events is None:
        events = change_events(db, filters, since, until)
    stages = db.query("SELECT code AS stage_code, name AS stage_name, sort FROM ref_stage "
                      "ORDER BY sort").df
    counts = (events.groupby(["stage_code", "kind"]).size().unstack(fill_value=0)
              .reindex(columns=["neu", "wechsel", "ausstieg"], fill_value=0))
    out = stages.merge(counts, left_on="stage_code", right_index=True, how="left").fillna(0)
    for col in ("neu", "wechsel", "ausstieg"):
        out[col] = out[col].astype("int64")
    return out.reset_index(drop=True)


def kpis_at(db: Database, filters: Filters, day: date) -> dict[str, float | int]:
    """The KPI figures as they stood at the end of `day` (see changes_kpis_at.sql)."""
    # stage_stay answers without an aggregate over all events; the event-based query stays as
    # the fallback for events written around the writers (stays.is_fresh is a cheap check)
    if stays.is_fresh(db):
        row = query_filtered(db, "changes_kpis_at_stays", filters, [day, day]).first() or {}
    else:
        row = query_filtered(db, "changes_kpis_at", filters, [day]).first() or {}
    return {k: (float(row.get(k) or 0) if k.endswith("_eur") else int(row.get(k) or 0))
            for k in KPI_KEYS}


def kpi_changes(db: Database, filters: Filters, since: date) -> pd.DataFrame:
    """Per KPI: the value now (as on the Übersicht tiles), the value at the start of `since`
    (the end of the day before, rebuilt from the stage history), and the difference: what
    changed from `since` inclusive to today, as the Veränderungen page counts it."""
    now = kpis(db, filters)
    then = kpis_at(db, filters, since - timedelta(days=1))
    rows = [{"kpi": k, "now": now.get(k, 0), "then": then[k], "delta": now.get(k, 0) - then[k]}
            for k in KPI_KEYS]
    return pd.DataFrame(rows)


def last_meeting(db: Database) -> date | None:
    """The saved date of the last board meeting, if any."""
    value = db.scalar("changes_setting_get", [LAST_MEETING_KEY])
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None

