SELECT seq, recorded_at, actor, source, kind, networks, detail, prev_hash, hash FROM audit_log ORDER BY seq
