SELECT change_id, table_name, changed_at, actor, note, undo_of, undone_by
FROM ref_change ORDER BY change_id DESC
