-- Monitor projects as the reconciliation compares them: stage, whether they reached
-- Bewilligt (and did not leave), amounts, dates, Land. Duplicates marked in the Vernetzung
-- are left out. Parameters: none.
SELECT p.project_id, p.title, p.sponsor, p.revier_code, p.district_code, p.municipality,
    d.bundesland_code AS land_code, p.stage_code, s.name AS stage_name, p.status,
    p.programme_code, p.total_cost_eur::DOUBLE AS total_cost_eur,
    p.granted_eur::DOUBLE AS granted_eur, p.start_date, p.end_date,
    p.status = 'aktiv' AND s.kind = 'positive_end' AS granted
FROM project p
LEFT JOIN ref_stage s ON s.code = p.stage_code
LEFT JOIN ref_district d ON d.code = p.district_code
WHERE p.project_id NOT IN (SELECT project_id FROM project_duplicate)
ORDER BY p.project_id
