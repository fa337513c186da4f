-- The funnel of the selection per (Revier, focus area, stage), small enough to sum up in
-- pandas for the whole selection, per Revier and per focus area (one pass for three charts):
-- projects that ever reached the stage (stage_stay.first_in_stage: once per project and
-- stage, no DISTINCT over all events) and exits there by reason (current stage and status).
WITH parts AS (
    SELECT fp.revier_code, fp.focus_area_code, s.stage_code, count(*) AS reached,
        0 AS zurueckgestellt, 0 AS abgelehnt, 0 AS zurueckgezogen
    FROM stage_stay s JOIN fp ON fp.project_id = s.project_id
    WHERE s.first_in_stage
    GROUP BY 1, 2, 3
    UNION ALL
    SELECT revier_code, focus_area_code, stage_code, 0 AS reached,
        count(*) FILTER (WHERE status = 'zurueckgestellt'),
        count(*) FILTER (WHERE status = 'abgelehnt'),
        count(*) FILTER (WHERE status = 'zurueckgezogen')
    FROM fp
    GROUP BY 1, 2, 3
)
SELECT revier_code, focus_area_code, stage_code,
    sum(reached)::BIGINT AS reached,
    sum(zurueckgestellt)::BIGINT AS zurueckgestellt,
    sum(abgelehnt)::BIGINT AS abgelehnt,
    sum(zurueckgezogen)::BIGINT AS zurueckgezogen
FROM parts
GROUP BY 1, 2, 3
