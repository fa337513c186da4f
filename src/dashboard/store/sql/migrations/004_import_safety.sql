-- Where the date of a stage event comes from: 'datum' = a date column of the list (or the demo
-- generator), 'stand' = the list gave the stage without a date and its "Stand" was used,
-- 'import' = neither, the day of the import. Pages can say "Datum nicht angegeben".
ALTER TABLE stage_event ADD COLUMN basis VARCHAR DEFAULT 'datum';
ALTER TABLE stage_event_retracted ADD COLUMN basis VARCHAR DEFAULT 'datum';

-- Batch numbers handed out, each in its own committed transaction before the batch is written:
-- an import that crashes before its commit still used its number up, so no number is ever
-- given to two imports (a DuckDB sequence's value is not kept across a crash).
CREATE TABLE batch_number (batch_id BIGINT PRIMARY KEY,
                           reserved_at TIMESTAMP NOT NULL DEFAULT current_timestamp);
INSERT INTO batch_number (batch_id) SELECT batch_id FROM import_batch;
