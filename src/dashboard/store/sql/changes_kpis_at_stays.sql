-- The KPI figures at the end of a past day (as changes_kpis_at.sql, from stage_stay): a
-- project's state that day is its event with entered_on <= day < left_on (its last event on
-- or before the day; left_on = the next event's date). Projects without any stage event keep
-- their current stage and status. Parameter: the day (twice).
WITH last_ev AS (
    SELECT s.project_id, s.stage_code, coalesce(s.outcome, 'aktiv') AS status
    FROM stage_stay s
    WHERE s.entered_on <= ?::DATE AND (s.left_on IS NULL OR s.left_on > ?::DATE)
),
state AS (
    SELECT fp.project_id, coalesce(last_ev.stage_code, fp.stage_code) AS stage_code,
        coalesce(last_ev.status, fp.status) AS status, fp.requested_eur, fp.granted_eur
    FROM fp LEFT JOIN last_ev ON last_ev.project_id = fp.project_id
    WHERE last_ev.project_id IS NOT NULL
        OR fp.project_id NOT IN (SELECT project_id FROM stage_stay WHERE first_event)
)
SELECT
    count(*) AS projects,
    count(*) FILTER (WHERE st.status = 'aktiv' AND s.kind = 'active') AS in_review,
    count(*) FILTER (WHERE s.kind = 'positive_end') AS granted,
    count(*) FILTER (WHERE st.status <> 'aktiv') AS exited,
    coalesce(sum(st.requested_eur) FILTER (WHERE st.status = 'aktiv'), 0)::DOUBLE AS requested_eur,
    coalesce(sum(st.granted_eur) FILTER (WHERE st.status = 'aktiv' AND s.kind = 'positive_end'), 0)::DOUBLE
        AS granted_eur
FROM state st
JOIN ref_stage s ON s.code = st.stage_code
