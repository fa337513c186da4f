-- Where the uploaded original of a batch is kept (path, batch_id).
UPDATE import_batch SET archived_path = ? WHERE batch_id = ?
