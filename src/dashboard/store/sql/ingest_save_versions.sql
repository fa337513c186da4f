-- Keep the current state of projects (by id) before batch ? replaces them.
INSERT INTO project_version BY NAME
SELECT p.*, ?::BIGINT AS replaced_by_batch
FROM project p
WHERE p.project_id IN (SELECT unnest(?::VARCHAR[]))
