-- Remembered import decisions of every Fachnetzwerk, in reference order (Administration lists
-- them; the import reads them).
SELECT a.network_code, n.name AS network_name, a.field, a.value_key, a.value, a.code,
       a.created_at, a.created_by, a.batch_id
FROM value_alias a
LEFT JOIN ref_network n ON n.code = a.network_code
ORDER BY n.sort NULLS LAST, a.network_code, a.field, a.value_key
