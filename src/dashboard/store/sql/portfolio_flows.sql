-- Projects (and funding of projects still in the pipeline) per primary mission, focus area and
-- Revier; 'ohne' = without a primary mission. Feeds the Sankey mission -> focus area -> Revier.
SELECT coalesce(fp.mission_code, 'ohne') AS mission_code,
    coalesce(m.short_name, 'ohne Mission') AS mission_short, coalesce(m.sort, 100000) AS mission_sort,
    fp.focus_area_code, f.name AS focus_area_name, f.sort AS focus_area_sort,
    fp.revier_code, r.name AS revier_name, r.sort AS revier_sort,
    count(*)::BIGINT AS projects,
    coalesce(sum(fp.requested_eur) FILTER (WHERE fp.status = 'aktiv'), 0)::DOUBLE AS requested_eur,
    coalesce(sum(fp.granted_eur) FILTER (WHERE fp.status = 'aktiv'), 0)::DOUBLE AS granted_eur
FROM fp
LEFT JOIN ref_mission m ON m.code = fp.mission_code
JOIN ref_focus_area f ON f.code = fp.focus_area_code
JOIN ref_revier r ON r.code = fp.revier_code
GROUP BY ALL
ORDER BY mission_sort, focus_area_sort, revier_sort
