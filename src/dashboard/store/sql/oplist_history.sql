-- The list imports, newest first; `in_force` = the list of its fund and Land now (latest Stand,
-- of equal Stand the later import, not undone).
WITH current_list AS (
    SELECT fund, land, arg_max(batch_id, (stand, batch_id)) AS batch_id
    FROM oplist_import WHERE undone_by IS NULL GROUP BY fund, land
)
SELECT i.batch_id, i.fund, i.land, i.stand, i.file_name, i.sha256, i.archived_path, i.actor,
    i.created_at, i.n_operations, i.n_rejected, i.n_new, i.n_changed, i.n_unchanged, i.n_gone,
    i.undone_by, i.undone_at, coalesce(c.batch_id IS NOT NULL, false) AS in_force
FROM oplist_import i
LEFT JOIN current_list c ON c.batch_id = i.batch_id
ORDER BY i.batch_id DESC
