-- Projects of the list's Fachnetzwerke that the list does not name ("nicht in dieser Liste").
-- An import never deletes them; they are only shown.
SELECT p.project_id, p.title, p.sponsor, n.code AS network_code, n.name AS network_name,
    r.name AS revier_name, p.stage_code, p.status, p.as_of
FROM project p
JOIN ref_network n ON n.revier_code = p.revier_code AND list_contains(n.focus_area_codes, p.focus_area_code)
JOIN ref_revier r ON r.code = p.revier_code
WHERE n.code IN (SELECT unnest(?::VARCHAR[]))
  AND p.project_id NOT IN (SELECT unnest(?::VARCHAR[]))
ORDER BY r.sort, n.sort, p.project_id
