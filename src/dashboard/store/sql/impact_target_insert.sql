-- A new target version (versions are never updated or deleted).
INSERT INTO indicator_target (indicator_code, scope, scope_code, period_start, period_end,
    baseline, target_value, valid_from, actor, note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING target_id
