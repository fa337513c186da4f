-- Drop the stage_stay rows of the given projects before stays_refresh.sql recomputes them.
-- Parameters: whether to clear all projects, the project ids (list).
DELETE FROM stage_stay WHERE ? OR project_id IN (SELECT unnest(?::VARCHAR[]))
