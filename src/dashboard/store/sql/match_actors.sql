-- The sponsors of the selected projects with where they work (grouped by their normal form in
-- Python): one row per project.
SELECT fp.project_id, fp.sponsor, fp.revier_code, d.bundesland_code AS land_code,
    n.code AS network_code, n.name AS network_name
FROM fp
LEFT JOIN ref_district d ON d.code = fp.district_code
LEFT JOIN ref_network n ON n.revier_code = fp.revier_code
    AND list_contains(n.focus_area_codes, fp.focus_area_code)
WHERE fp.sponsor IS NOT NULL AND trim(fp.sponsor) <> ''
