-- Projects per focus area.
SELECT f.code AS focus_area_code, f.name AS focus_area_name, f.sort, count(fp.project_id) AS projects
FROM ref_focus_area f LEFT JOIN fp ON fp.focus_area_code = f.code
GROUP BY ALL
ORDER BY f.sort
