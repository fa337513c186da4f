-- Projects per current stage (every stage listed, in pipeline order).
SELECT s.code AS stage_code, s.name AS stage_name, s.sort, count(fp.project_id) AS projects
FROM ref_stage s
LEFT JOIN fp ON fp.stage_code = s.code
GROUP BY ALL
ORDER BY s.sort
