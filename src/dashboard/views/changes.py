"""Views of the Veränderungen page: what changed since a date (default: the saved "letzte
Sitzung", else 30 days)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import clock
from dashboard.analytics.changes import (
    change_counts,
    change_events,
    changes_summary,
    exits,
    funding_changes,
    resolve_since,
)
from dashboard.analytics.pipeline import REASONS
from dashboard.charts.timeline import changes_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import count, day, eur, say
from dashboard.formatting import fmt_date
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register


@register("changes_since", "Veränderungen seit der letzten Sitzung",
          checks=("changes_add_up",))
def changes_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                 today: date | None = None, since: date | None = None) -> View:
    today = today or clock.today()
    since = resolve_since(db, today, since)
    events = change_events(db, filters, since, today)
    summary = changes_summary(db, filters, since, today, events)
    data = summary[["stage_name", "neu", "wechsel", "ausstieg"]].rename(columns={
        "stage_name": "Prüfstufe", "neu": "neu aufgenommen", "wechsel": "in die Stufe gewechselt",
        "ausstieg": "in der Stufe ausgeschieden"})
    period = {"since": fmt_date(since), "until": fmt_date(today)}
    explanation = t("changes.view.explanation", **period)
    counts = change_counts(events)
    grants = funding_changes(events)
    by_reason = exits(events)["outcome"].value_counts()
    tables = {"grants": grants[["project_id", "granted_eur"]].rename(
                  columns={"project_id": "Projekt", "granted_eur": "bewilligt (€)"}),
              "exits": pd.DataFrame({"Grund": list(REASONS),
                                     "Ausstiege": [int(by_reason.get(r, 0)) for r in REASONS]})}
    meta = {"since": since, "until": today, "events": events, "counts": counts}
    if events.empty:
        msg = t("changes.view.empty", **period)
        return View.nothing("changes_since", t("changes.view.title_none", day=period["since"]),
                            explanation, data, msg, meta=meta)
    headline = say("changes.view.title", day=day(since),
                   new=count(counts["new"], "count.new_projects"),
                   moves=count(counts["moves"], "count.moves"),
                   exits=count(counts["exits"], "count.exits"))
    statements = [say("changes.view.sentence_grants", agree="n", n=count(counts["grants"]),
                      sum=eur(counts["granted_eur"])) if counts["grants"]
                  else say("changes.view.sentence_no_grants")]
    if counts["exits"]:
        statements.append(say("changes.view.sentence_exits", agree="n",
                              n=count(counts["exits"]),
                              **{r: count(by_reason.get(r, 0)) for r in REASONS}))
    fig = changes_figure(summary, scale=scale)
    return View.of("changes_since", headline, explanation, data, fig, statements, meta=meta,
                   tables=tables, units={"bewilligt (€)": "eur"})
