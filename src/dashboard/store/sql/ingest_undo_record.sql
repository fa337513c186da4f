-- Undo batch ? records what it did to the projects of batch ?.
INSERT INTO batch_project (batch_id, project_id, change)
SELECT ?::BIGINT, project_id, CASE change WHEN 'new' THEN 'removed' ELSE 'restored' END
FROM batch_project
WHERE batch_id = ?
