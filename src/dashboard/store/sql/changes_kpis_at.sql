-- The key figures (kpi_figures.sql) as they stood at the end of a past day, rebuilt from stage
-- events: a project counts when it had an event on or before that day; its stage and status
-- are those of its last such event (status = the event's outcome, else 'aktiv'). Projects
-- without any stage event keep their current stage and status. Amounts are today's amounts
-- (there is no version history of amounts); granted EUR counts only projects at a
-- positive-end stage then. Parameter: the day.
-- (last event per project by arg_max over (entered_on, event_id): a hash aggregate, no sort)
WITH last_ev AS (
    SELECT e.project_id,
        arg_max(e.stage_code, (e.entered_on, e.event_id)) AS stage_code,
        coalesce(arg_max_null(e.outcome, (e.entered_on, e.event_id)), 'aktiv') AS status
    FROM stage_event e JOIN fp ON fp.project_id = e.project_id
    WHERE e.entered_on <= ?::DATE
    GROUP BY e.project_id
),
at_day AS (
    SELECT fp.project_id, coalesce(last_ev.stage_code, fp.stage_code) AS stage_code,
        coalesce(last_ev.status, fp.status) AS status, fp.requested_eur, fp.granted_eur
    FROM fp LEFT JOIN last_ev ON last_ev.project_id = fp.project_id
    WHERE last_ev.project_id IS NOT NULL OR fp.first_entered_on IS NULL
),
state AS (
    SELECT t.project_id, t.stage_code, t.status, t.requested_eur,
        CASE WHEN k.kind = 'positive_end' THEN t.granted_eur END AS granted_eur
    FROM at_day t JOIN ref_stage k ON k.code = t.stage_code
)
-- @include kpi_figures
