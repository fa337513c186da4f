-- How many projects ever reached each stage, and how many left the pipeline there, by reason.
WITH reached AS (
    SELECT e.stage_code, count(DISTINCT e.project_id) AS reached
    FROM stage_event e JOIN fp ON fp.project_id = e.project_id
    GROUP BY e.stage_code
),
exits AS (
    SELECT stage_code,
        count(*) FILTER (WHERE status = 'zurueckgestellt') AS zurueckgestellt,
        count(*) FILTER (WHERE status = 'abgelehnt') AS abgelehnt,
        count(*) FILTER (WHERE status = 'zurueckgezogen') AS zurueckgezogen
    FROM fp GROUP BY stage_code
)
SELECT s.code AS stage_code, s.name AS stage_name, s.kind, s.sort,
    coalesce(r.reached, 0) AS reached,
    coalesce(x.zurueckgestellt, 0) AS zurueckgestellt,
    coalesce(x.abgelehnt, 0) AS abgelehnt,
    coalesce(x.zurueckgezogen, 0) AS zurueckgezogen
FROM ref_stage s
LEFT JOIN reached r ON r.stage_code = s.code
LEFT JOIN exits x ON x.stage_code = s.code
ORDER BY s.sort
