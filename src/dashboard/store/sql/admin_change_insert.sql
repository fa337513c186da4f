-- Record a change made by Administration (who, what, before and after as JSON text).
INSERT INTO admin_change (subject, subject_key, before, after, actor) VALUES (?, ?, ?, ?, ?)
