-- The records the matching reads (matching/signals.RECORD_COLUMNS) with their fingerprints.
-- Parameters: all (BOOLEAN), project ids (VARCHAR[]; used when not all).
SELECT p.project_id AS key, p.title, p.description, p.sponsor, p.municipality, p.district_code,
    p.revier_code, d.bundesland_code AS land_code, n.code AS network_code, p.focus_area_code,
    p.mission_code, p.start_date, p.end_date,
    coalesce(p.total_cost_eur, p.requested_eur)::DOUBLE AS amount_eur,
    hash(p.title, p.description, p.sponsor, p.municipality, p.district_code, p.revier_code,
         p.focus_area_code, p.mission_code, p.start_date, p.end_date, p.total_cost_eur,
         p.requested_eur) AS fingerprint,
    hash(p.title, p.description) AS text_fingerprint
FROM project p
LEFT JOIN ref_district d ON d.code = p.district_code
LEFT JOIN ref_network n ON n.revier_code = p.revier_code
    AND list_contains(n.focus_area_codes, p.focus_area_code)
WHERE ?::BOOLEAN OR list_contains(?::VARCHAR[], p.project_id)
ORDER BY p.project_id
