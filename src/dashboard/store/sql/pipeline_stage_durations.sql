-- Days spent per stay in a stage, summarised per stage. A stay starts with a stage event
-- without outcome and ends with the project's next event (next stage or exit). Completed stays
-- end on or before `today`; current stays are those of active projects still in the stage
-- (today - entered_on). The last stage (Abgeschlossen) has no duration.
-- A next event after `today` does not end the stay yet. Parameter: today (five times).
-- (stage_stay.left_on is the next event's date, written with the events: no window here)
WITH stays AS (
    SELECT s.stage_code,
        CASE WHEN s.left_on <= ?::DATE THEN date_diff('day', s.entered_on, s.left_on)
             ELSE date_diff('day', s.entered_on, ?::DATE) END AS days,
        coalesce(s.left_on <= ?::DATE, false) AS completed
    FROM stage_stay s JOIN fp ON fp.project_id = s.project_id
    WHERE s.entered_on <= ?::DATE AND s.outcome IS NULL
        AND (s.left_on <= ?::DATE OR fp.status = 'aktiv')
),
-- quantiles once per (stage, completed) as a list: one aggregate instead of one per figure
agg AS (
    SELECT stage_code, completed, count(*) AS n,
        quantile_cont(days, [0.1, 0.25, 0.5, 0.75, 0.9]) AS q
    FROM stays GROUP BY ALL
)
SELECT s.code AS stage_code, s.name AS stage_name, s.short_name AS stage_short_name, s.kind, s.sort,
    coalesce(d.n, 0) AS n_completed,
    d.q[1] AS p10, d.q[2] AS p25, d.q[3] AS median, d.q[4] AS p75, d.q[5] AS p90,
    coalesce(c.n, 0) AS n_current,
    c.q[3] AS current_median, c.q[5] AS current_p90
FROM ref_stage s
LEFT JOIN agg d ON d.stage_code = s.code AND d.completed
LEFT JOIN agg c ON c.stage_code = s.code AND NOT c.completed
WHERE s.sort < (SELECT max(sort) FROM ref_stage)
ORDER BY s.sort
