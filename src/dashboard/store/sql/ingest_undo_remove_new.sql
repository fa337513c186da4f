-- Undo: remove the projects that batch ? created.
DELETE FROM project
WHERE project_id IN (SELECT project_id FROM batch_project WHERE batch_id = ? AND change = 'new')
