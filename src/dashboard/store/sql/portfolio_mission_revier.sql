-- Projects per mission and Revier, counting primary and further missions (a mission "reaches"
-- a Revier when any project there names it). Every mission x Revier pair is listed.
WITH g AS (
    -- one pass over fp, then spread the further missions over the small result
    SELECT mission_code, further_missions, revier_code, count(*) AS n FROM fp GROUP BY ALL
),
pm AS (
    SELECT mission_code, revier_code, n FROM g WHERE mission_code IS NOT NULL
    UNION ALL
    SELECT unnest(list_distinct(list_filter(further_missions,
                                            lambda x: x IS DISTINCT FROM mission_code))),
        revier_code, n
    FROM g
),
cells AS (SELECT mission_code, revier_code, sum(n) AS projects FROM pm GROUP BY ALL)
SELECT m.code AS mission_code, m.name AS mission_name, m.short_name AS mission_short,
    m.sort AS mission_sort, r.code AS revier_code, r.name AS revier_name, r.sort AS revier_sort,
    coalesce(c.projects, 0)::BIGINT AS projects
FROM ref_mission m
CROSS JOIN ref_revier r
LEFT JOIN cells c ON c.mission_code = m.code AND c.revier_code = r.code
ORDER BY m.sort, r.sort
