-- Fachnetzwerke with their Revier and one row per focus area they handle.
SELECT n.code AS network_code, n.name AS network_name, n.revier_code, r.name AS revier_name,
    n.sort AS network_sort, unnest(n.focus_area_codes) AS focus_area_code
FROM ref_network n
JOIN ref_revier r ON r.code = n.revier_code
ORDER BY n.sort
