-- Audit entries for the Protokoll page. Parameters: $1 networks the reader may see (NULL = all),
-- $2 the reader (own entries always), $3 person, $4 kinds (NULL = all), $5 from, $6 before,
-- $7 row limit.
SELECT seq, recorded_at, actor, source, kind, networks, detail
FROM audit_log
WHERE ($1::VARCHAR[] IS NULL OR list_has_any(networks, $1::VARCHAR[]) OR actor = $2)
  AND ($3::VARCHAR IS NULL OR actor = $3)
  AND ($4::VARCHAR[] IS NULL OR list_contains($4::VARCHAR[], kind))
  AND ($5::DATE IS NULL OR recorded_at >= $5::DATE)
  AND ($6::DATE IS NULL OR recorded_at < $6::DATE)
ORDER BY seq DESC
LIMIT $7
