-- The list imports, newest first; `in_force` = the list of its fund and Land now.
SELECT i.batch_id, i.fund, i.land, i.stand, i.file_name, i.sha256, i.archived_path, i.actor,
    i.created_at, i.n_operations, i.n_rejected, i.n_new, i.n_changed, i.n_unchanged, i.n_gone,
    i.undone_by, i.undone_at,
    i.undone_by IS NULL AND i.batch_id = (SELECT max(j.batch_id) FROM oplist_import j
        WHERE j.fund = i.fund AND j.land = i.land AND j.undone_by IS NULL) AS in_force
FROM oplist_import i
ORDER BY i.batch_id DESC
