-- Recompute stage_stay rows of the given projects from stage_event (run after stays_clear.sql
-- in the same transaction). Parameters: whether to do all projects, the project ids (list).
INSERT INTO stage_stay
SELECT e.event_id, e.project_id, e.stage_code, e.entered_on, e.outcome,
    lead(e.entered_on) OVER w AS left_on,
    lag(e.stage_code) OVER w AS from_stage,
    row_number() OVER w = 1 AS first_event,
    row_number() OVER (PARTITION BY e.project_id, e.stage_code ORDER BY e.entered_on, e.event_id) = 1
        AS first_in_stage
FROM stage_event e
WHERE ? OR e.project_id IN (SELECT unnest(?::VARCHAR[]))
WINDOW w AS (PARTITION BY e.project_id ORDER BY e.entered_on, e.event_id)
