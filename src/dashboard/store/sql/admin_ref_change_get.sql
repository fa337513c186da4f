SELECT c.*, (SELECT max(change_id) FROM ref_change l WHERE l.table_name = c.table_name) AS latest
FROM ref_change c WHERE c.change_id = ?
