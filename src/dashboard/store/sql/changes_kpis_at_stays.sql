-- The key figures (kpi_figures.sql) at the end of a past day, as changes_kpis_at.sql but from
-- stage_stay: a project's state that day is its event with entered_on <= day < left_on (its
-- last event on or before the day; left_on = the next event's date). Projects without any
-- stage event keep their current stage and status; granted EUR counts only projects at a
-- positive-end stage then. Parameter: the day (twice).
WITH last_ev AS (
    SELECT s.project_id, s.stage_code, coalesce(s.outcome, 'aktiv') AS status
    FROM stage_stay s
    WHERE s.entered_on <= ?::DATE AND (s.left_on IS NULL OR s.left_on > ?::DATE)
),
at_day AS (
    SELECT fp.project_id, coalesce(last_ev.stage_code, fp.stage_code) AS stage_code,
        coalesce(last_ev.status, fp.status) AS status, fp.requested_eur, fp.granted_eur
    FROM fp LEFT JOIN last_ev ON last_ev.project_id = fp.project_id
    WHERE last_ev.project_id IS NOT NULL
        OR fp.project_id NOT IN (SELECT project_id FROM stage_stay WHERE first_event)
),
state AS (
    SELECT t.project_id, t.stage_code, t.status, t.requested_eur,
        CASE WHEN k.kind = 'positive_end' THEN t.granted_eur END AS granted_eur
    FROM at_day t JOIN ref_stage k ON k.code = t.stage_code
)
-- @include kpi_figures
