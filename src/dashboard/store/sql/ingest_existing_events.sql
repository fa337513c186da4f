-- The stage history of the projects a list names, so a re-import appends no duplicate events
-- and the plan knows each project's latest event (ordered by entered_on, event_id).
SELECT project_id, stage_code, entered_on, outcome, event_id
FROM stage_event
WHERE project_id IN (SELECT unnest(?::VARCHAR[]))
