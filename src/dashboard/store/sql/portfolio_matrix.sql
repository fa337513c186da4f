-- Missions x focus areas: projects per cell, and the funding of projects still in the pipeline
-- (status 'aktiv', as on the Übersicht). 'ohne' = projects without a primary mission.
-- Parameter 1 (BOOLEAN): also count further missions; a project then counts once in each of
-- its missions, so the cells add up to more than the number of projects.
WITH opts AS (SELECT ?::BOOLEAN AS include_further),
-- aggregate first, in one pass over fp, then spread the further missions over the small result
g AS (
    SELECT mission_code, further_missions, focus_area_code, status = 'aktiv' AS live,
        count(*) AS n, sum(requested_eur) AS requested_eur, sum(granted_eur) AS granted_eur
    FROM fp
    GROUP BY ALL
),
pm AS (
    SELECT coalesce(mission_code, 'ohne') AS mission_code, focus_area_code, live, n,
        requested_eur, granted_eur
    FROM g
    UNION ALL
    SELECT unnest(list_distinct(list_filter(further_missions,
                                            lambda x: x IS DISTINCT FROM mission_code))),
        focus_area_code, live, n, requested_eur, granted_eur
    FROM g, opts
    WHERE opts.include_further
),
cells AS (
    SELECT mission_code, focus_area_code, sum(n) AS projects,
        coalesce(sum(requested_eur) FILTER (WHERE live), 0)::DOUBLE AS requested_eur,
        coalesce(sum(granted_eur) FILTER (WHERE live), 0)::DOUBLE AS granted_eur
    FROM pm
    GROUP BY ALL
),
missions AS (
    SELECT code, name, short_name, sort FROM ref_mission
    UNION ALL
    SELECT 'ohne', 'ohne Mission', 'ohne Mission', 100000
)
SELECT m.code AS mission_code, m.name AS mission_name, m.short_name AS mission_short,
    m.sort AS mission_sort, f.code AS focus_area_code, f.name AS focus_area_name,
    f.sort AS focus_area_sort,
    coalesce(c.projects, 0)::BIGINT AS projects,
    coalesce(c.requested_eur, 0)::DOUBLE AS requested_eur,
    coalesce(c.granted_eur, 0)::DOUBLE AS granted_eur,
    mf.strength
FROM missions m
CROSS JOIN ref_focus_area f
LEFT JOIN cells c ON c.mission_code = m.code AND c.focus_area_code = f.code
LEFT JOIN ref_mission_focus_area mf ON mf.mission_code = m.code AND mf.focus_area_code = f.code
ORDER BY m.sort, f.sort
