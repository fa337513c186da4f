-- The filtered projects for the Excel export (template format), by project id.
SELECT fp.* EXCLUDE (bundesland_code, first_entered_on, batch_id, updated_at)
FROM fp
ORDER BY fp.project_id
