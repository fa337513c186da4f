-- The missions of one project: the primary one, then the further ones (unknown codes kept).
-- Parameters: project_id, project_id.
SELECT 'primary' AS role, p.mission_code AS mission_code, coalesce(m.name, p.mission_code) AS mission_name
FROM project p LEFT JOIN ref_mission m ON m.code = p.mission_code
WHERE p.project_id = ? AND p.mission_code IS NOT NULL
UNION ALL
SELECT 'further', fm.code, coalesce(m.name, fm.code)
FROM (SELECT unnest(further_missions) AS code FROM project WHERE project_id = ?) fm
LEFT JOIN ref_mission m ON m.code = fm.code
