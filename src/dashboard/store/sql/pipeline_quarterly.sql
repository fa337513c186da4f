-- Per quarter up to `today`: new projects (quarter of their first stage event), stage moves
-- (events without outcome that are not a project's first event) and exits (events with
-- outcome). Pre-aggregated without a window over all events: a project's first event is
-- an entry (never an exit), so moves = entries - new projects. Parameters: today (twice).
WITH firsts AS (
    SELECT date_trunc('quarter', fp.first_entered_on)::DATE AS quarter, count(*) AS new_projects
    FROM fp WHERE fp.first_entered_on <= ?::DATE
    GROUP BY 1
),
ev AS (
    SELECT date_trunc('quarter', e.entered_on)::DATE AS quarter,
        count(*) FILTER (WHERE e.outcome IS NULL) AS entries,
        count(*) FILTER (WHERE e.outcome IS NOT NULL) AS exits
    FROM stage_event e JOIN fp ON fp.project_id = e.project_id
    WHERE e.entered_on <= ?::DATE
    GROUP BY 1
)
SELECT ev.quarter, coalesce(f.new_projects, 0) AS new_projects,
    ev.entries - coalesce(f.new_projects, 0) AS stage_moves, ev.exits
FROM ev LEFT JOIN firsts f ON f.quarter = ev.quarter
ORDER BY 1
