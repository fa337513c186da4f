INSERT INTO audit_log (seq, recorded_at, actor, source, kind, networks, detail, prev_hash, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
