-- (main mission, focus area) of the filtered projects, with counts (admin preview).
SELECT fp.mission_code, fp.focus_area_code, count(*) AS n
FROM fp
WHERE fp.mission_code IS NOT NULL
GROUP BY ALL
