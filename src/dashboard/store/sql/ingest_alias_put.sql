-- Remember (or re-point) one decision of a Fachnetzwerk.
INSERT OR REPLACE INTO value_alias (network_code, field, value_key, value, code, created_by, batch_id)
VALUES (?, ?, ?, ?, ?, ?, ?)
