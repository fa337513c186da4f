-- The observations entered for one indicator (parameter: indicator code).
SELECT scope, scope_code, stage, value, as_of, batch_id, actor, recorded_at
FROM indicator_observation
WHERE indicator_code = ?
ORDER BY as_of, observation_id
