-- Per quarter up to `today`: new projects (quarter of their first stage event), stage moves
-- (events without outcome that are not a project's first event: entries - new projects, as a
-- project's first event is an entry) and exits (events with outcome). One pass over
-- stage_stay (first_event written with the events). Parameter: today.
SELECT date_trunc('quarter', s.entered_on)::DATE AS quarter,
    count(*) FILTER (WHERE s.first_event) AS new_projects,
    count(*) FILTER (WHERE s.outcome IS NULL) - count(*) FILTER (WHERE s.first_event) AS stage_moves,
    count(*) FILTER (WHERE s.outcome IS NOT NULL) AS exits
FROM stage_stay s JOIN fp ON fp.project_id = s.project_id
WHERE s.entered_on <= ?::DATE
GROUP BY 1
ORDER BY 1
