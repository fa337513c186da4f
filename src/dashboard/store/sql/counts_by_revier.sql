-- Projects per Revier.
SELECT r.code AS revier_code, r.name AS revier_name, r.sort, count(fp.project_id) AS projects
FROM ref_revier r LEFT JOIN fp ON fp.revier_code = r.code
GROUP BY ALL
ORDER BY r.sort
