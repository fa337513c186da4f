-- The import history, newest first; `undoable` = an import, not undone, no later import
-- touched its projects.
SELECT b.batch_id, b.kind, b.created_at, b.user_name, b.file_name, b.sheet, b.sha256,
    b.archived_path, b.n_rows, b.n_new, b.n_changed, b.n_unchanged, b.n_rejected, b.n_events,
    b.n_missing, b.undo_of, b.undone_by, b.note,
    b.kind = 'import' AND b.undone_by IS NULL AND NOT EXISTS (
        SELECT 1 FROM batch_project mine
        JOIN batch_project later ON later.project_id = mine.project_id
            AND later.batch_id > mine.batch_id
        JOIN import_batch lb ON lb.batch_id = later.batch_id
        WHERE mine.batch_id = b.batch_id AND lb.kind = 'import' AND lb.undone_by IS NULL
    ) AS undoable
FROM import_batch b
ORDER BY b.batch_id DESC
