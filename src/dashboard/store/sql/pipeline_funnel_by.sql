-- Funnel per group for small multiples: projects that reached each stage and exits there by
-- reason, per Revier or per focus area. Parameters: the dimension ('revier' or 'focus_area'),
-- three times (one query, the group column chosen by a bound value).
WITH g AS (
    SELECT fp.project_id, fp.stage_code, fp.status,
        CASE WHEN ? = 'revier' THEN fp.revier_code ELSE fp.focus_area_code END AS group_code
    FROM fp
),
reached AS (
    SELECT g.group_code, e.stage_code, count(DISTINCT e.project_id) AS reached
    FROM stage_event e JOIN g ON g.project_id = e.project_id
    GROUP BY ALL
),
exits AS (
    SELECT group_code, stage_code,
        count(*) FILTER (WHERE status = 'zurueckgestellt') AS zurueckgestellt,
        count(*) FILTER (WHERE status = 'abgelehnt') AS abgelehnt,
        count(*) FILTER (WHERE status = 'zurueckgezogen') AS zurueckgezogen
    FROM g GROUP BY ALL
),
grp AS (
    SELECT code, name, sort FROM ref_revier WHERE ? = 'revier'
    UNION ALL
    SELECT code, name, sort FROM ref_focus_area WHERE ? <> 'revier'
)
SELECT grp.code AS group_code, grp.name AS group_name, grp.sort AS group_sort,
    s.code AS stage_code, s.name AS stage_name, s.short_name AS stage_short_name, s.kind, s.sort,
    coalesce(r.reached, 0) AS reached,
    coalesce(x.zurueckgestellt, 0) AS zurueckgestellt,
    coalesce(x.abgelehnt, 0) AS abgelehnt,
    coalesce(x.zurueckgezogen, 0) AS zurueckgezogen
FROM grp
CROSS JOIN ref_stage s
LEFT JOIN reached r ON r.group_code = grp.code AND r.stage_code = s.code
LEFT JOIN exits x ON x.group_code = grp.code AND x.stage_code = s.code
ORDER BY grp.sort, s.sort
