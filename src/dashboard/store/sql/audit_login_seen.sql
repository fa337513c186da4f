-- Was this login (identity, token issue time) recorded already? (a new tab is no new login)
SELECT count(*) > 0 FROM audit_log
WHERE kind = 'login' AND actor = ? AND json_extract_string(detail, '$.iat') = ?
