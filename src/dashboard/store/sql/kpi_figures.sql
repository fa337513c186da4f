-- The key figures, defined once: the Übersicht's tiles, `stats`, the API's /kennzahlen
-- (kpis.sql) and the same figures at the end of a past day on Veränderungen
-- (changes_kpis_at.sql, changes_kpis_at_stays.sql). Included by `-- @include kpi_figures`
-- after a CTE `state` with one row per project: project_id, stage_code, status,
-- requested_eur, granted_eur.
-- in_review: not exited and in a review stage; granted: at a positive-end stage; exited: left
-- the pipeline; the amounts sum over projects that have not left it.
SELECT
    count(*) AS projects,
    count(*) FILTER (WHERE st.status = 'aktiv' AND s.kind = 'active') AS in_review,
    count(*) FILTER (WHERE s.kind = 'positive_end') AS granted,
    count(*) FILTER (WHERE st.status <> 'aktiv') AS exited,
    coalesce(sum(st.requested_eur) FILTER (WHERE st.status = 'aktiv'), 0)::DOUBLE AS requested_eur,
    coalesce(sum(st.granted_eur) FILTER (WHERE st.status = 'aktiv'), 0)::DOUBLE AS granted_eur
FROM state st
JOIN ref_stage s ON s.code = st.stage_code
