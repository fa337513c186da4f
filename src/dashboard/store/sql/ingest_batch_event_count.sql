-- How many stage events batch ? appended (still in force).
SELECT count(*) FROM stage_event WHERE batch_id = ?
