-- An observation entered by hand (actor) or from an import (batch_id).
INSERT INTO indicator_observation (indicator_code, scope, scope_code, stage, value, as_of,
    batch_id, actor)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
RETURNING observation_id
