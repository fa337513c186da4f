-- Per quarter: new projects (first stage event), stage moves (later events without outcome)
-- and exits (events with outcome), up to `today`. Parameter: today.
WITH ev AS (
    SELECT e.entered_on, e.outcome,
        row_number() OVER (PARTITION BY e.project_id ORDER BY e.entered_on, e.event_id) AS n
    FROM stage_event e JOIN fp ON fp.project_id = e.project_id
)
SELECT date_trunc('quarter', entered_on)::DATE AS quarter,
    count(*) FILTER (WHERE n = 1) AS new_projects,
    count(*) FILTER (WHERE n > 1 AND outcome IS NULL) AS stage_moves,
    count(*) FILTER (WHERE n > 1 AND outcome IS NOT NULL) AS exits
FROM ev
WHERE entered_on <= ?::DATE
GROUP BY 1
ORDER BY 1
