-- Data freshness per Fachnetzwerk: projects of the network (its Revier and focus areas), the
-- latest "Stand" (as_of) of their data and the last import batch that wrote one of them.
SELECT n.code AS network_code, n.name AS network_name, n.revier_code, r.name AS revier_name,
    r.short_name AS revier_short_name, r.sort AS revier_sort, n.sort,
    count(fp.project_id) AS projects,
    max(fp.as_of) AS as_of,
    max(b.created_at) FILTER (WHERE b.kind = 'import') AS last_import
FROM ref_network n
JOIN ref_revier r ON r.code = n.revier_code
LEFT JOIN fp ON fp.revier_code = n.revier_code AND list_contains(n.focus_area_codes, fp.focus_area_code)
LEFT JOIN import_batch b ON b.batch_id = fp.batch_id
GROUP BY ALL
ORDER BY r.sort, n.sort
