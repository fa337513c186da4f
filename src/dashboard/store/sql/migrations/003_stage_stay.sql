-- Stage stays: every stage event with what the dashboards read per event, computed once when
-- events are written (store/stays.py, in the writer's transaction) instead of a window over all
-- events on every page run. One row per stage_event row (same event_id):
--   left_on         the entered_on of the project's next event (next stage or exit), NULL for
--                   its last event; events are ordered by (entered_on, event_id)
--   from_stage      the stage of the project's previous event (NULL for its first)
--   first_event     the project's first event
--   first_in_stage  the project's first event at this stage (counts "reached" once)
CREATE TABLE stage_stay (
    event_id BIGINT PRIMARY KEY,
    project_id VARCHAR NOT NULL,
    stage_code VARCHAR NOT NULL,
    entered_on DATE NOT NULL,
    outcome VARCHAR,
    left_on DATE,
    from_stage VARCHAR,
    first_event BOOLEAN NOT NULL,
    first_in_stage BOOLEAN NOT NULL
);

-- backfill existing databases (same computation as store/sql/stays_refresh.sql)
INSERT INTO stage_stay
SELECT e.event_id, e.project_id, e.stage_code, e.entered_on, e.outcome,
    lead(e.entered_on) OVER w AS left_on,
    lag(e.stage_code) OVER w AS from_stage,
    row_number() OVER w = 1 AS first_event,
    row_number() OVER (PARTITION BY e.project_id, e.stage_code ORDER BY e.entered_on, e.event_id) = 1
        AS first_in_stage
FROM stage_event e
WINDOW w AS (PARTITION BY e.project_id ORDER BY e.entered_on, e.event_id);
