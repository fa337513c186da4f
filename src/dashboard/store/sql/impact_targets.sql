-- Every version of every target (oldest first).
SELECT t.*, i.name AS indicator_name, i.unit
FROM indicator_target t JOIN indicator i ON i.code = t.indicator_code
ORDER BY i.sort, t.scope, t.scope_code, t.valid_from, t.recorded_at, t.target_id
