-- Store one app setting (insert or replace).
INSERT INTO app_setting (key, value, updated_at) VALUES (?, ?, getvariable('app_now')::TIMESTAMP)
ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
