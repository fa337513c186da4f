-- The stored projects that a list names (by id), to compare against and to fill columns the
-- file does not have.
SELECT * EXCLUDE (batch_id, updated_at)
FROM project
WHERE project_id IN (SELECT unnest(?::VARCHAR[]))
