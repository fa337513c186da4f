-- Forget one remembered decision; returns what was removed.
DELETE FROM value_alias WHERE network_code = ? AND field = ? AND value_key = ?
RETURNING value, code
