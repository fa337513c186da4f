-- The latest import of a file with this SHA-256 (re-uploading it is pointed out).
SELECT batch_id, created_at, undone_by
FROM import_batch
WHERE kind = 'import' AND sha256 = ?
ORDER BY batch_id DESC
LIMIT 1
