-- One clock (dashboard.clock): every recorded time comes from the application's clock, not from
-- the database's wall clock. The gateway sets the variable app_now on every cursor it hands out
-- (Database.cursor); a write on a cursor without it fails (NOT NULL) instead of recording a
-- time nobody chose.
ALTER TABLE import_batch ALTER COLUMN created_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE project ALTER COLUMN updated_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE stage_event ALTER COLUMN recorded_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE app_setting ALTER COLUMN updated_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE project_version ALTER COLUMN replaced_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE stage_event_retracted ALTER COLUMN retracted_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE batch_number ALTER COLUMN reserved_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE access_user ALTER COLUMN updated_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE ref_change ALTER COLUMN changed_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE match_pair ALTER COLUMN computed_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE match_run ALTER COLUMN finished_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE match_decision ALTER COLUMN decided_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE oplist_import ALTER COLUMN created_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE oplist_decision ALTER COLUMN decided_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE indicator_target ALTER COLUMN recorded_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE indicator_observation ALTER COLUMN recorded_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE admin_change ALTER COLUMN changed_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE open_data_opt_out ALTER COLUMN decided_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
ALTER TABLE schema_version ALTER COLUMN applied_at SET DEFAULT getvariable('app_now')::TIMESTAMP;
