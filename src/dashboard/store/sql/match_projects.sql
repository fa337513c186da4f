-- What the Vernetzung page shows of each project of a pair. Parameter: project ids (VARCHAR[]).
SELECT p.project_id, p.title, p.description, p.sponsor, p.municipality, p.district_code,
    d.name AS district_name, d.bundesland_code AS land_code, b.name AS land_name,
    p.revier_code, r.short_name AS revier_name, n.code AS network_code, n.name AS network_name,
    p.focus_area_code, p.mission_code, s.name AS stage_name, p.status,
    p.total_cost_eur::DOUBLE AS total_cost_eur, p.requested_eur::DOUBLE AS requested_eur,
    p.start_date, p.end_date,
    x.duplicate_of
FROM project p
LEFT JOIN ref_district d ON d.code = p.district_code
LEFT JOIN ref_bundesland b ON b.code = d.bundesland_code
LEFT JOIN ref_revier r ON r.code = p.revier_code
LEFT JOIN ref_network n ON n.revier_code = p.revier_code
    AND list_contains(n.focus_area_codes, p.focus_area_code)
LEFT JOIN ref_stage s ON s.code = p.stage_code
LEFT JOIN project_duplicate x ON x.project_id = p.project_id
WHERE list_contains(?::VARCHAR[], p.project_id)
