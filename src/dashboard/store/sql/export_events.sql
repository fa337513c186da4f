-- The stage history of the filtered projects, for the milestone columns of the export.
SELECT e.project_id, e.stage_code, e.entered_on, e.outcome
FROM stage_event e
WHERE e.project_id IN (SELECT project_id FROM fp)
ORDER BY e.project_id, e.entered_on, e.event_id
