-- Undo: move the stage events of batch ? to stage_event_retracted (retracted by batch ?).
INSERT INTO stage_event_retracted BY NAME
SELECT e.*, ?::BIGINT AS retracted_by_batch
FROM stage_event e
WHERE e.batch_id = ?
