-- One batch with the ids of its projects.
SELECT b.*, (SELECT list(project_id ORDER BY project_id) FROM batch_project bp
             WHERE bp.batch_id = b.batch_id) AS project_ids
FROM import_batch b
WHERE b.batch_id = ?
