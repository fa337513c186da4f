INSERT INTO ref_change (change_id, table_name, changed_at, actor, note, before, after, undo_of)
VALUES (?, ?, getvariable('app_now')::TIMESTAMP, ?, ?, ?, ?, ?)
