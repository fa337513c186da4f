"""Views of the Veränderungen page: what changed since a date (default: the saved "letzte
Sitzung", else 30 days)."""

from __future__ import annotations

from datetime import date

from dashboard.analytics.changes import (
    change_counts,
    change_events,
    changes_summary,
    default_since,
    exits,
    last_meeting,
)
from dashboard.charts.timeline import changes_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_date, fmt_eur_short, fmt_int
from dashboard.store.gateway import Database
from dashboard.ui.texts import t, tn
from dashboard.views import View, register


def resolve_since(db: Database, today: date, since: date | None) -> date:
    """An explicit date, else the saved "letzte Sitzung", else 30 days ago (never after today)."""
    chosen = since or last_meeting(db) or default_since(today)
    return min(chosen, today)


@register("changes_since", "Veränderungen seit der letzten Sitzung")
def changes_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                 today: date | None = None, since: date | None = None) -> View:
    today = today or date.today()
    since = resolve_since(db, today, since)
    events = change_events(db, filters, since, today)
    summary = changes_summary(db, filters, since, today, events)
    data = summary[["stage_name", "neu", "wechsel", "ausstieg"]].rename(columns={
        "stage_name": "Prüfstufe", "neu": "neu aufgenommen", "wechsel": "in die Stufe gewechselt",
        "ausstieg": "in der Stufe ausgeschieden"})
    day = fmt_date(since)
    explanation = t("changes.view.explanation", since=day, until=fmt_date(today))
    meta = {"since": since, "until": today, "events": events}
    counts = change_counts(events)
    n_new, n_moves, n_exits, n_grants = (counts[k] for k in ("new", "moves", "exits", "grants"))
    if events.empty:
        msg = t("changes.view.empty", since=day, until=fmt_date(today))
        return View("changes_since", t("changes.view.title_none", day=day), explanation, data,
                    empty_message=msg, meta=meta)
    title = t("changes.view.title", day=day, new=tn("count.new_projects", n_new),
              moves=tn("count.moves", n_moves), exits=tn("count.exits", n_exits))
    sentences = [t("changes.view.sentence_grants" if n_grants != 1
                   else "changes.view.sentence_one_grant", n=fmt_int(n_grants),
                   sum=fmt_eur_short(counts["granted_eur"]))
                 if n_grants else t("changes.view.sentence_no_grants")]
    if n_exits:
        names = {e.code: e.name for e in taxonomy.exit_reasons}
        by_reason = exits(events)["outcome"].value_counts()
        reasons = ", ".join(f"{fmt_int(n)} {names.get(r, r)}" for r, n in by_reason.items())
        key = "changes.view.sentence_exits" if n_exits != 1 else "changes.view.sentence_one_exit"
        sentences.append(t(key, n=fmt_int(n_exits), reasons=reasons))
    fig = changes_figure(summary, scale=scale)
    return View("changes_since", title, explanation, data, fig, tuple(sentences), meta=meta)
