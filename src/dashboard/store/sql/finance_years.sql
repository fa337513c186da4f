-- Funding of the projects still in the pipeline per year, fund, Revier and Land (as the
-- Übersicht tiles count it): granted EUR in the year of the grant (first "Bewilligt" event),
-- requested EUR in the year of the application (first "Antrag eingereicht" event); an amount
-- without that date counts in the year of the project's "Stand", else in the year given (?).
WITH dated AS (
    SELECT e.project_id,
        min(e.entered_on) FILTER (WHERE e.stage_code = 'BEW') AS granted_on,
        min(e.entered_on) FILTER (WHERE e.stage_code = 'ANTRAG') AS requested_on
    FROM stage_event e
    WHERE e.stage_code IN ('BEW', 'ANTRAG')
    GROUP BY e.project_id
), live AS (
    SELECT fp.revier_code, fp.bundesland_code, pr.fund, fp.requested_eur, fp.granted_eur,
        year(fp.as_of) AS as_of_year, d.granted_on, d.requested_on
    FROM fp
    LEFT JOIN ref_programme pr ON pr.code = fp.programme_code
    LEFT JOIN dated d ON d.project_id = fp.project_id
    WHERE fp.status = 'aktiv' AND (fp.granted_eur IS NOT NULL OR fp.requested_eur IS NOT NULL)
)
SELECT 'granted' AS measure, coalesce(year(granted_on), as_of_year, ?::INTEGER) AS year, fund,
    revier_code, bundesland_code, sum(granted_eur)::DOUBLE AS eur, count(*) AS projects,
    count(*) FILTER (WHERE granted_on IS NULL) AS undated
FROM live WHERE granted_eur IS NOT NULL
GROUP BY ALL
UNION ALL
SELECT 'requested', coalesce(year(requested_on), as_of_year, ?::INTEGER), fund,
    revier_code, bundesland_code, sum(requested_eur)::DOUBLE, count(*),
    count(*) FILTER (WHERE requested_on IS NULL)
FROM live WHERE requested_eur IS NOT NULL
GROUP BY ALL
