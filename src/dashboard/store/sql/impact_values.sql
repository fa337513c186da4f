-- Indicator values of the filtered projects per combination of the scope columns (Revier,
-- Land, focus area, mission, programme, Förderbereich): analytics/impact.py adds the
-- combinations up per scope (one GROUP BY and a few thousand rows instead of seven grouping
-- sets over every project). Each project counts once with its current values: planned at
-- application (projects still in the pipeline), decided (granted projects), implemented (as
-- last reported). Cumulative values are never summed over a project's earlier reports.
WITH v AS (
    SELECT fp.revier_code, fp.bundesland_code, fp.focus_area_code, fp.mission_code,
        fp.programme_code, fp.invkg_area, fp.status = 'aktiv' AS live,
        fp.status = 'aktiv' AND s.kind = 'positive_end' AS granted,
        fp.stage_code IN ('UMS', 'ABG') AS implementing,
        coalesce(pr.fund = 'InvKG', false) AS invkg,
        fp.planned_jobs, fp.actual_jobs, fp.planned_apprenticeships, fp.actual_apprenticeships,
        fp.requested_eur, fp.granted_eur
    FROM fp
    JOIN ref_stage s ON s.code = fp.stage_code
    LEFT JOIN ref_programme pr ON pr.code = fp.programme_code
)
SELECT revier_code, bundesland_code, focus_area_code, mission_code, programme_code, invkg_area,
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
    count(*) FILTER (WHERE granted AND invkg) AS PROJ_reports
FROM v
GROUP BY ALL
