-- One project with the names of everything it refers to. Parameter: project_id.
SELECT p.*, r.name AS revier_name, d.name AS district_name, b.name AS bundesland_name,
    m.name AS mission_name, f.name AS focus_area_name, s.name AS stage_name,
    pr.name AS programme_name, st.name AS sponsor_type_name, ia.name AS invkg_area_name,
    coalesce(x.name, p.status) AS status_name,
    (SELECT min(e.entered_on) FROM stage_event e WHERE e.project_id = p.project_id) AS first_entered_on
FROM project p
LEFT JOIN ref_revier r ON r.code = p.revier_code
LEFT JOIN ref_district d ON d.code = p.district_code
LEFT JOIN ref_bundesland b ON b.code = d.bundesland_code
LEFT JOIN ref_mission m ON m.code = p.mission_code
LEFT JOIN ref_focus_area f ON f.code = p.focus_area_code
LEFT JOIN ref_stage s ON s.code = p.stage_code
LEFT JOIN ref_programme pr ON pr.code = p.programme_code
LEFT JOIN ref_sponsor_type st ON st.code = p.sponsor_type
LEFT JOIN ref_invkg_area ia ON ia.code = p.invkg_area
LEFT JOIN ref_exit_reason x ON x.code = p.status
WHERE p.project_id = ?
