-- Mark a batch as undone (undo batch id, batch id).
UPDATE import_batch SET undone_by = ? WHERE batch_id = ?
