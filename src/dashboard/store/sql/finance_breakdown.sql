-- Requested and granted EUR and projects of the projects still in the pipeline per combination
-- of Revier, Land, focus area and programme; analytics/finance.breakdown adds them up per
-- dimension (one GROUP BY over a few hundred combinations instead of four grouping sets).
SELECT fp.revier_code, fp.bundesland_code, fp.focus_area_code, fp.programme_code,
    count(*) AS projects,
    count(fp.granted_eur) AS granted_projects,
    coalesce(sum(fp.requested_eur), 0)::DOUBLE AS requested_eur,
    coalesce(sum(fp.granted_eur), 0)::DOUBLE AS granted_eur
FROM fp
WHERE fp.status = 'aktiv'
GROUP BY ALL
