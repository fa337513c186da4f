"""Turns the shared Filters into one SQL relation `fp` (filtered projects) with bound params.

Every analytics query reads `fp` instead of `project`, so all figures honour the same filters.
Projects marked as duplicates of another (Vernetzung, decision "Dublette": table
project_duplicate) are never in `fp`: the same project entered twice counts once, everywhere.
"""

from __future__ import annotations

from typing import Any

from dashboard.domain.filters import NO_MISSION, Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.store.gateway import Database, Result, named_sql

_PLAIN = "SELECT p.* FROM project p"
_BASE = "SELECT p.*, d.bundesland_code FROM project p LEFT JOIN ref_district d ON d.code = p.district_code"
# the first stage event of each project: an aggregate over all events, so joined only when a
# query reads first_entered_on or the period filter needs it
_FIRST = (
    "SELECT p.*, d.bundesland_code, fe.first_entered_on FROM project p "
    "LEFT JOIN ref_district d ON d.code = p.district_code "
    "LEFT JOIN (SELECT project_id, min(entered_on) AS first_entered_on FROM stage_event "
    "GROUP BY project_id) fe ON fe.project_id = p.project_id"
)


def allowed_codes(taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Filter field -> the codes a URL (or an API call) may name."""
    return {
        "reviere": {r.code for r in taxonomy.reviere},
        "bundeslaender": {b.code for b in taxonomy.bundeslaender},
        "districts": {d.code for d in taxonomy.districts},
        "focus_areas": {f.code for f in taxonomy.focus_areas},
        "missions": {m.code for m in taxonomy.missions} | {NO_MISSION},
        "programmes": {p.code for p in taxonomy.programmes},
    }


def _in(column: str, values: tuple[str, ...]) -> tuple[str, list[Any]]:
    return f"{column} IN ({', '.join('?' for _ in values)})", list(values)


def filtered_projects_sql(filters: Filters, *, with_first: bool = True,
                          with_land: bool = True) -> tuple[str, list[Any]]:
    """SQL of the filtered projects (all project columns plus, with `with_land`,
    bundesland_code and, with `with_first`, first_entered_on) and its parameters."""
    # a duplicate leaves every figure (an anti-join on a table of a few rows)
    clauses: list[str] = ["p.project_id NOT IN (SELECT project_id FROM project_duplicate)"]
    params: list[Any] = []
    for column, values in (
        ("p.revier_code", filters.reviere),
        ("d.bundesland_code", filters.bundeslaender),
        ("p.district_code", filters.districts),
        ("p.focus_area_code", filters.focus_areas),
        ("p.programme_code", filters.programmes),
    ):
        if values:
            clause, vals = _in(column, values)
            clauses.append(clause)
            params += vals
    if filters.missions:
        codes = tuple(m for m in filters.missions if m != NO_MISSION)
        parts = []
        if codes:
            clause, vals = _in("p.mission_code", codes)
            parts.append(clause)
            params += vals
            parts.append(f"list_has_any(p.further_missions, [{', '.join('?' for _ in codes)}])")
            params += list(codes)
        if NO_MISSION in filters.missions:
            parts.append("p.mission_code IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
    if filters.period_from:
        clauses.append("fe.first_entered_on >= ?")
        params.append(filters.period_from)
    if filters.period_to:
        clauses.append("fe.first_entered_on <= ?")
        params.append(filters.period_to)
    where = f" WHERE {' AND '.join(clauses)}"
    needs_first = with_first or filters.period_from or filters.period_to
    needs_land = with_land or bool(filters.bundeslaender)
    base = _FIRST if needs_first else (_BASE if needs_land else _PLAIN)
    return base + where, params


def with_filtered(sql: str, filters: Filters) -> tuple[str, list[Any]]:
    """Prefix a query that reads `fp` with the filtered-projects CTE."""
    # the joins for first_entered_on and bundesland_code cost time at 100k projects: only
    # when the query reads them (or a filter needs them)
    base, params = filtered_projects_sql(filters, with_first="first_entered_on" in sql,
                                         with_land="bundesland_code" in sql)
    lines = sql.strip().splitlines()
    while lines and lines[0].lstrip().startswith("--"):
        lines.pop(0)
    body = "\n".join(lines).strip()
    if body[:4].upper() == "WITH":
        return f"WITH fp AS ({base}),{body[4:]}", params
    return f"WITH fp AS ({base})\n{body}", params


def query_filtered(db: Database, name: str, filters: Filters, params: list[Any] | None = None) -> Result:
    """Run the named query (store/sql/<name>.sql) over the filtered projects."""
    sql, fparams = with_filtered(named_sql(name), filters)
    return db.query(sql, fparams + list(params or []))
