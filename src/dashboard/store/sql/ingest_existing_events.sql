-- The stage history of the projects a list names, so a re-import appends no duplicate events.
SELECT project_id, stage_code, entered_on, outcome
FROM stage_event
WHERE project_id IN (SELECT unnest(?::VARCHAR[]))
