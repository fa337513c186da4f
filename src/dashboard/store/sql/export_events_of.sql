-- The stage history of some projects (one chunk of the Excel export), for its milestone columns.
SELECT e.project_id, e.stage_code, e.entered_on, e.outcome
FROM stage_event e
WHERE e.project_id IN (SELECT unnest(?::VARCHAR[]))
ORDER BY e.project_id, e.entered_on, e.event_id
