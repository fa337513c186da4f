-- max() and not ORDER BY seq DESC LIMIT 1: DuckDB 2.0.0's top-N returned a deleted-over row
-- (4 of 1..5) once entries had been deleted and appended again (tests/unit/access/test_audit_head.py)
SELECT seq, hash FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)
