-- Later imports (not undone themselves) that touched projects of batch ?: they block its undo.
SELECT later.batch_id, count(*) AS projects
FROM batch_project mine
JOIN batch_project later ON later.project_id = mine.project_id AND later.batch_id > mine.batch_id
JOIN import_batch b ON b.batch_id = later.batch_id
WHERE mine.batch_id = ? AND b.kind = 'import' AND b.undone_by IS NULL
GROUP BY later.batch_id
ORDER BY later.batch_id
