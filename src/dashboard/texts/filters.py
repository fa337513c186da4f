"""Filter option labels and a summary of a selection (in the active language). Pure (no Streamlit), so the CLI,
exports and the briefing can say which filters a figure used."""

from __future__ import annotations

from dashboard.domain.filters import NO_MISSION, Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_date
from dashboard.texts import t

FIELDS = ("reviere", "bundeslaender", "districts", "focus_areas", "missions", "programmes")
LABELS = {"reviere": "filter.revier", "bundeslaender": "filter.land", "districts": "filter.kreis",
          "focus_areas": "filter.schwerpunkt", "missions": "filter.mission",
          "programmes": "filter.programm"}


def options(taxonomy: Taxonomy) -> dict[str, dict[str, str]]:
    """Filter field -> {code: label} in reference order."""
    return {
        "reviere": {r.code: r.name for r in taxonomy.reviere},
        "bundeslaender": {b.code: b.name for b in taxonomy.bundeslaender},
        "districts": {d.code: d.name for d in taxonomy.districts},
        "focus_areas": {f.code: f.name for f in taxonomy.focus_areas},
        "missions": {**{m.code: f"{m.code} {m.short_name}" for m in taxonomy.missions},
                     NO_MISSION: t("filter.no_mission")},
        "programmes": {p.code: p.name for p in taxonomy.programmes},
    }


def describe(filters: Filters, taxonomy: Taxonomy) -> str:
    """One line, e.g. 'Revier: Lausitzer Revier; Eingang 01.01.2024 – …'."""
    if filters.is_empty():
        return t("filter.none")
    opts = options(taxonomy)
    parts = [f"{t(LABELS[f])}: {', '.join(opts[f].get(c, c) for c in getattr(filters, f))}"
             for f in FIELDS if getattr(filters, f)]
    if filters.period_from or filters.period_to:
        start = fmt_date(filters.period_from) if filters.period_from else "…"
        end = fmt_date(filters.period_to) if filters.period_to else "…"
        parts.append(t("pres.period", start=start, end=end))
    return "; ".join(parts)
