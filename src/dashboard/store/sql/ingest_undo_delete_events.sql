-- Undo: the retracted events leave stage_event (their copies are in stage_event_retracted).
DELETE FROM stage_event WHERE batch_id = ?
