-- Indicator values of the filtered projects per scope (one grouping set per scope kind; the
-- empty set is 'gesamt'). Each project counts once with its current values: planned at
-- application (projects still in the pipeline), decided (granted projects), implemented (as
-- last reported). Cumulative values are never summed over a project's earlier reports.
WITH v AS (
    SELECT fp.revier_code, fp.bundesland_code, fp.focus_area_code, fp.mission_code,
        fp.programme_code, fp.invkg_area, fp.status = 'aktiv' AS live,
        fp.status = 'aktiv' AND s.kind = 'positive_end' AS granted,
        fp.stage_code IN ('UMS', 'ABG') AS implementing,
        pr.fund = 'InvKG' AS invkg,
        fp.planned_jobs, fp.actual_jobs, fp.planned_apprenticeships, fp.actual_apprenticeships,
        fp.requested_eur, fp.granted_eur, fp.as_of
    FROM fp
    JOIN ref_stage s ON s.code = fp.stage_code
    LEFT JOIN ref_programme pr ON pr.code = fp.programme_code
)
SELECT CASE WHEN grouping(revier_code) = 0 THEN 'revier'
            WHEN grouping(bundesland_code) = 0 THEN 'land'
            WHEN grouping(focus_area_code) = 0 THEN 'focus_area'
            WHEN grouping(mission_code) = 0 THEN 'mission'
            WHEN grouping(programme_code) = 0 THEN 'programme'
            WHEN grouping(invkg_area) = 0 THEN 'invkg_area'
            ELSE 'gesamt' END AS scope,
    coalesce(revier_code, bundesland_code, focus_area_code, mission_code, programme_code,
             invkg_area) AS scope_code,
    sum(planned_jobs) FILTER (WHERE live)::DOUBLE AS JOBS_planned,
    sum(planned_jobs) FILTER (WHERE granted)::DOUBLE AS JOBS_decided,
    sum(actual_jobs)::DOUBLE AS JOBS_implemented,
    count(actual_jobs) AS JOBS_reports,
    sum(planned_apprenticeships) FILTER (WHERE live)::DOUBLE AS APPR_planned,
    sum(planned_apprenticeships) FILTER (WHERE granted)::DOUBLE AS APPR_decided,
    sum(actual_apprenticeships)::DOUBLE AS APPR_implemented,
    count(actual_apprenticeships) AS APPR_reports,
    coalesce(sum(requested_eur) FILTER (WHERE live AND invkg), 0)::DOUBLE AS GRANT_planned,
    coalesce(sum(granted_eur) FILTER (WHERE live AND invkg), 0)::DOUBLE AS GRANT_decided,
    NULL::DOUBLE AS GRANT_implemented,
    count(granted_eur) FILTER (WHERE live AND invkg) AS GRANT_reports,
    count(*) FILTER (WHERE live AND invkg)::DOUBLE AS PROJ_planned,
    count(*) FILTER (WHERE granted AND invkg)::DOUBLE AS PROJ_decided,
    count(*) FILTER (WHERE implementing AND live AND invkg)::DOUBLE AS PROJ_implemented,
    count(*) FILTER (WHERE granted AND invkg) AS PROJ_reports,
    max(as_of) AS as_of
FROM v
GROUP BY GROUPING SETS ((), (revier_code), (bundesland_code), (focus_area_code), (mission_code),
                        (programme_code), (invkg_area))
