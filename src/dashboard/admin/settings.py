"""Settings, Administration only and audited: the number of days after which a Fachnetzwerk's
data counts as outdated (Administration page) and the day of the last meeting (Veränderungen)."""

from __future__ import annotations

from datetime import date

from dashboard import clock
from dashboard.access import Actor, require
from dashboard.admin.reference import ChangeRefused
from dashboard.analytics.changes import LAST_MEETING_KEY, last_meeting
from dashboard.analytics.freshness import STALE_KEY, network_freshness, stale_days
from dashboard.audit import append
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database, named_sql

LIMITS = (1, 3650)


def stale_preview(db: Database, days: int, today: date | None = None) -> dict[str, int]:
    """Fachnetzwerke counted as outdated now and with `days`."""
    df = network_freshness(db, Filters(), today or clock.today(), stale_after=int(days))
    age = df["age_days"]
    before = int((age.isna() | (age > stale_days(db))).sum())
    return {"before": before, "after": int(df["stale"].sum()), "networks": len(df)}


def save_stale_days(db: Database, actor: Actor, days: int, *,
                    where: str = "page:administration") -> None:
    require(actor, "edit_settings")
    days = int(days)
    if not LIMITS[0] <= days <= LIMITS[1]:
        raise ChangeRefused(f"Nicht gespeichert: bitte eine Zahl von {LIMITS[0]} bis "
                            f"{LIMITS[1]} Tagen.")
    before = stale_days(db)
    with db.transaction() as cur:
        cur.execute(named_sql("changes_setting_put"), [STALE_KEY, str(days)])
        append(cur, actor, "setting", {"key": STALE_KEY, "before": before, "after": days}, where)


def save_last_meeting(db: Database, day: date, actor=None, where: str = "cli") -> None:
    """Save `day` as "letzte Sitzung" (one transaction, audited). Administration only: raises
    access.PermissionDenied otherwise; no actor = the CLI's operating-system user."""
    actor = actor if actor is not None else Actor.cli()
    require(actor, "edit_settings")
    before = last_meeting(db)
    with db.transaction() as cur:
        cur.execute(named_sql("changes_setting_put"), [LAST_MEETING_KEY, day.isoformat()])
        append(cur, actor, "setting", {"key": LAST_MEETING_KEY, "before": before and
                                       before.isoformat(), "after": day.isoformat()}, where)
