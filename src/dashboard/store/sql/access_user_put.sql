INSERT INTO access_user (email, role, networks, active, note, updated_at, updated_by)
VALUES (?, ?, ?, ?, ?, getvariable('app_now')::TIMESTAMP, ?)
ON CONFLICT (email) DO UPDATE SET role = excluded.role, networks = excluded.networks,
    active = excluded.active, note = excluded.note, updated_at = excluded.updated_at,
    updated_by = excluded.updated_by
