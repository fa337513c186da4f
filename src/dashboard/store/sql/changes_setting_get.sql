-- One app setting by key (e.g. 'last_meeting').
SELECT value, updated_at FROM app_setting WHERE key = ?
