-- Projects to match again: new or changed since their last matching ('changed'), and matched
-- projects that no longer exist ('removed').
SELECT p.project_id, 'changed' AS change
FROM project p
LEFT JOIN match_doc m ON m.project_id = p.project_id
WHERE m.fingerprint IS DISTINCT FROM hash(p.title, p.description, p.sponsor, p.municipality,
    p.district_code, p.revier_code, p.focus_area_code, p.mission_code, p.start_date, p.end_date,
    p.total_cost_eur, p.requested_eur)
UNION ALL
SELECT m.project_id, 'removed' FROM match_doc m
WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.project_id = m.project_id)
