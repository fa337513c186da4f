-- Days spent per stay in a stage, summarised per stage. A stay starts with a stage event
-- without outcome and ends with the project's next event (next stage or exit). Completed stays
-- end on or before `today`; current stays are those of active projects still in the stage
-- (today - entered_on). The last stage (Abgeschlossen) has no duration.
-- Parameter: today (twice).
WITH ev AS (
    SELECT e.project_id, e.stage_code, e.entered_on, e.outcome, fp.status,
        lead(e.entered_on) OVER (PARTITION BY e.project_id ORDER BY e.entered_on, e.event_id) AS left_on
    FROM stage_event e JOIN fp ON fp.project_id = e.project_id
    WHERE e.entered_on <= ?::DATE
),
stays AS (
    SELECT stage_code,
        CASE WHEN left_on IS NOT NULL THEN date_diff('day', entered_on, left_on)
             ELSE date_diff('day', entered_on, ?::DATE) END AS days,
        left_on IS NOT NULL AS completed
    FROM ev
    WHERE outcome IS NULL AND (left_on IS NOT NULL OR status = 'aktiv')
)
SELECT s.code AS stage_code, s.name AS stage_name, s.short_name AS stage_short_name, s.kind, s.sort,
    count(st.days) FILTER (WHERE st.completed) AS n_completed,
    quantile_cont(st.days, 0.1) FILTER (WHERE st.completed) AS p10,
    quantile_cont(st.days, 0.25) FILTER (WHERE st.completed) AS p25,
    quantile_cont(st.days, 0.5) FILTER (WHERE st.completed) AS median,
    quantile_cont(st.days, 0.75) FILTER (WHERE st.completed) AS p75,
    quantile_cont(st.days, 0.9) FILTER (WHERE st.completed) AS p90,
    count(st.days) FILTER (WHERE NOT st.completed) AS n_current,
    quantile_cont(st.days, 0.5) FILTER (WHERE NOT st.completed) AS current_median,
    quantile_cont(st.days, 0.9) FILTER (WHERE NOT st.completed) AS current_p90
FROM ref_stage s
LEFT JOIN stays st ON st.stage_code = s.code
WHERE s.sort < (SELECT max(sort) FROM ref_stage)
GROUP BY ALL
ORDER BY s.sort
