UPDATE ref_change SET undone_by = ? WHERE change_id = ?
