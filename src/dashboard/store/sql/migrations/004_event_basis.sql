-- Where the date of a stage event comes from: 'datum' = a date column of the list (or the demo
-- generator), 'stand' = the list gave the stage without a date and its "Stand" was used,
-- 'import' = neither, the day of the import. Pages can say "Datum nicht angegeben".
ALTER TABLE stage_event ADD COLUMN basis VARCHAR DEFAULT 'datum';
ALTER TABLE stage_event_retracted ADD COLUMN basis VARCHAR DEFAULT 'datum';
