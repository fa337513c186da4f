-- Projects per primary mission; mission_code NULL = projects without a mission.
SELECT m.code AS mission_code, m.name AS mission_name, m.sort, count(fp.project_id) AS projects
FROM ref_mission m LEFT JOIN fp ON fp.mission_code = m.code
GROUP BY ALL
UNION ALL
SELECT NULL, 'ohne Mission', 999, count(*) FROM fp WHERE fp.mission_code IS NULL
ORDER BY sort
