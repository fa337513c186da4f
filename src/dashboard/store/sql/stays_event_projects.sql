-- Projects with stage events written by a batch (their stays change when the batch is undone).
SELECT DISTINCT project_id FROM stage_event WHERE batch_id = ?
