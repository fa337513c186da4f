-- One pass over the stays of the selection for three figures of the Pipeline page (the join of
-- stage_stay with fp is most of their cost, so it is done once):
--   part 'funnel':  per (Revier, focus area, stage) projects that ever reached the stage;
--   part 'quarter': per quarter up to `today` new projects, stage moves, exits;
--   part 'stay':    per (stage, completed, days) the number of stays, for the duration
--                   quantiles (completed stays end on or before `today`, current stays are
--                   those of active projects still in the stage, days until `today`; a next
--                   event after `today` does not end the stay yet; stage_stay.left_on is the
--                   next event's date, written with the events).
-- Groups of one part with no rows in it come out with zero counts; callers drop them.
-- Parameter: today (six times).
WITH j AS (
    SELECT fp.revier_code, fp.focus_area_code, s.stage_code, s.first_in_stage, s.first_event,
        s.outcome IS NULL AS is_entry,
        s.entered_on <= ?::DATE AS until_today,
        date_trunc('quarter', s.entered_on)::DATE AS quarter,
        coalesce(s.outcome IS NULL AND s.entered_on <= ?::DATE
                 AND (s.left_on <= ?::DATE OR fp.status = 'aktiv'), false) AS is_stay,
        CASE WHEN s.left_on <= ?::DATE THEN date_diff('day', s.entered_on, s.left_on)
             ELSE date_diff('day', s.entered_on, ?::DATE) END AS days,
        coalesce(s.left_on <= ?::DATE, false) AS completed
    FROM stage_stay s JOIN fp ON fp.project_id = s.project_id
)
-- grouping sets: one aggregation pass instead of three scans of j
SELECT CASE grouping(revier_code, quarter, days) WHEN 3 THEN 'funnel' WHEN 5 THEN 'quarter'
                                                  ELSE 'stay' END AS part,
    revier_code, focus_area_code, stage_code, quarter, completed, days,
    count(*) FILTER (WHERE first_in_stage) AS reached,
    count(*) FILTER (WHERE until_today) AS events,
    count(*) FILTER (WHERE until_today AND first_event) AS new_projects,
    count(*) FILTER (WHERE until_today AND is_entry) AS entries,
    count(*) FILTER (WHERE until_today AND NOT is_entry) AS exits,
    count(*) FILTER (WHERE is_stay) AS stays
FROM j
GROUP BY GROUPING SETS ((revier_code, focus_area_code, stage_code), (quarter),
                        (stage_code, completed, days))
