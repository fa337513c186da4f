-- One pass over the stays of the selection for three figures of the Pipeline page (the join of
-- stage_stay with fp is most of their cost, so it is done once):
--   part 'funnel':  per (Revier, focus area, stage) projects that ever reached the stage: those
--                   whose current stage is that stage or a later one (a project at a stage has
--                   passed the earlier ones, even when the list gave no date for them), plus
--                   those with an event at the stage that later went back to an earlier one;
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
        es.sort > cs.sort AS beyond,
        s.outcome IS NULL AS is_entry,
        s.entered_on <= ?::DATE AS until_today,
        date_trunc('quarter', s.entered_on)::DATE AS quarter,
        coalesce(s.outcome IS NULL AND s.entered_on <= ?::DATE
                 AND (s.left_on <= ?::DATE OR fp.status = 'aktiv'), false) AS is_stay,
        CASE WHEN s.left_on <= ?::DATE THEN date_diff('day', s.entered_on, s.left_on)
             ELSE date_diff('day', s.entered_on, ?::DATE) END AS days,
        coalesce(s.left_on <= ?::DATE, false) AS completed
    FROM stage_stay s JOIN fp ON fp.project_id = s.project_id
    JOIN ref_stage es ON es.code = s.stage_code
    JOIN ref_stage cs ON cs.code = fp.stage_code
),
-- projects per (Revier, focus area) at each stage or beyond it
cur AS (
    SELECT c.revier_code, c.focus_area_code, st.code AS stage_code, sum(c.n) AS at_or_beyond
    FROM (SELECT revier_code, focus_area_code, stage_code, count(*) AS n FROM fp GROUP BY ALL) c
    JOIN ref_stage cs ON cs.code = c.stage_code
    JOIN ref_stage st ON st.sort <= cs.sort
    GROUP BY ALL
),
cube AS MATERIALIZED (
-- grouping sets: one aggregation pass instead of three scans of j
SELECT CASE grouping(revier_code, quarter, days) WHEN 3 THEN 'funnel' WHEN 5 THEN 'quarter'
                                                  ELSE 'stay' END AS part,
    revier_code, focus_area_code, stage_code, quarter, completed, days,
    count(*) FILTER (WHERE first_in_stage AND beyond) AS reached,
    count(*) FILTER (WHERE until_today) AS events,
    count(*) FILTER (WHERE until_today AND first_event) AS new_projects,
    count(*) FILTER (WHERE until_today AND is_entry) AS entries,
    count(*) FILTER (WHERE until_today AND NOT is_entry) AS exits,
    count(*) FILTER (WHERE is_stay) AS stays
FROM j
GROUP BY GROUPING SETS ((revier_code, focus_area_code, stage_code), (quarter),
                        (stage_code, completed, days))
)
SELECT * FROM cube WHERE part <> 'funnel'
UNION ALL BY NAME
SELECT 'funnel' AS part, revier_code, focus_area_code, stage_code,
    coalesce(f.reached, 0) + coalesce(c.at_or_beyond, 0) AS reached
FROM cur c FULL JOIN (SELECT * FROM cube WHERE part = 'funnel') f
    USING (revier_code, focus_area_code, stage_code)
