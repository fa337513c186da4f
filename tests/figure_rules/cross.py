"""Statements outside the dashboard pages: the Präsentation/briefing slides and
`stats --json` say what the Übersicht says."""

from __future__ import annotations

from tests.figure_rules.core import Context, Problems, _kpis, cross


@cross("slides_equal_tiles")
def slides_equal_tiles(ctx: Context) -> Problems:
    """The KPI slide (Präsentation, briefing) shows the Übersicht's figures, formatted alike."""
    from dashboard.briefing.content import kpi_figures
    from dashboard.formatting import fmt_eur_short, fmt_int
    from dashboard.texts import t

    k = _kpis(ctx)
    slide = dict(kpi_figures(ctx.db, ctx.filters))
    expected = {t("kpi.projects"): fmt_int(k["projects"]), t("kpi.in_review"): fmt_int(k["in_review"]),
                t("kpi.requested_eur"): fmt_eur_short(k["requested_eur"]),
                t("kpi.granted_eur"): fmt_eur_short(k["granted_eur"])}
    problems = [f"slide {label!r} = {slide.get(label)!r}, tile {value!r}"
                for label, value in expected.items() if slide.get(label) != value]
    granted = slide.get(t("kpi.granted"), "")
    if not granted.startswith(fmt_int(k["granted"])):
        problems.append(f"slide 'Bewilligt' = {granted!r}, tile {k['granted']}")
    return problems


@cross("stats_agree")
def stats_agree(ctx: Context) -> Problems:
    """`stats --json` says what the pages say: stages, funnel and tiles agree."""
    from dashboard.analytics.stats import stats

    s = stats(ctx.db, ctx.filters)
    problems = []
    if sum(s["by_stage"].values()) != s["projects"]:
        problems.append(f"by_stage sums to {sum(s['by_stage'].values())}, projects {s['projects']}")
    first = next(iter(s["funnel"].values()), 0)
    if first != s["projects"]:
        problems.append(f"funnel starts with {first}, projects {s['projects']}")
    for code, n in s["by_stage"].items():
        if n > s["funnel"].get(code, 0):
            problems.append(f"{n} projects in {code}, but only {s['funnel'].get(code)} reached it")
    stage_view = ctx.view("stage_current")
    if not stage_view.is_empty:
        from dashboard.texts import t

        shown = dict(zip(stage_view.data[t("stages.col.stage")], stage_view.data[t("stages.col.active")],
                         strict=True))
        names = {st.code: st.name for st in ctx.taxonomy.stages}
        active = {names[c]: n for c, n in s["active_by_stage"].items()}
        problems += [f"{stage}: stats {active.get(stage)}, chart {int(n)} active"
                     for stage, n in shown.items() if active.get(stage) != int(n)]
    if s["in_review"] != _kpis(ctx)["in_review"]:
        problems.append("stats in_review differs from the tile")
    return problems
