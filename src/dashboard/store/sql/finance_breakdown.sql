-- Requested and granted EUR and projects of the projects still in the pipeline per Revier,
-- Land, focus area and programme (one grouping set each; code NULL = not stated).
SELECT CASE WHEN grouping(fp.revier_code) = 0 THEN 'revier'
            WHEN grouping(fp.bundesland_code) = 0 THEN 'land'
            WHEN grouping(fp.focus_area_code) = 0 THEN 'focus_area'
            ELSE 'programme' END AS dimension,
    coalesce(fp.revier_code, fp.bundesland_code, fp.focus_area_code, fp.programme_code) AS code,
    count(*) AS projects,
    count(fp.granted_eur) AS granted_projects,
    coalesce(sum(fp.requested_eur), 0)::DOUBLE AS requested_eur,
    coalesce(sum(fp.granted_eur), 0)::DOUBLE AS granted_eur
FROM fp
WHERE fp.status = 'aktiv'
GROUP BY GROUPING SETS ((fp.revier_code), (fp.bundesland_code), (fp.focus_area_code),
                        (fp.programme_code))
