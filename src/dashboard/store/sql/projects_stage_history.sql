-- The stays of one project in its stages: entered, left (the next event's date), and the exit
-- reason when the next event records leaving the pipeline there. Parameter: project_id.
WITH ev AS (
    SELECT e.event_id, e.stage_code, e.entered_on, e.outcome,
        lead(e.entered_on) OVER w AS next_on,
        lead(e.outcome) OVER w AS next_outcome
    FROM stage_event e
    WHERE e.project_id = ?
    WINDOW w AS (ORDER BY e.entered_on, e.event_id)
)
SELECT ev.stage_code, s.name AS stage_name, s.kind AS stage_kind, s.sort AS stage_sort,
    s.sort = (SELECT max(sort) FROM ref_stage) AS is_final_stage,
    ev.entered_on, ev.next_on AS left_on, ev.next_outcome AS outcome
FROM ev
LEFT JOIN ref_stage s ON s.code = ev.stage_code
WHERE ev.outcome IS NULL
ORDER BY ev.entered_on, ev.event_id
