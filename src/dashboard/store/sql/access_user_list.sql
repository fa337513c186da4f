SELECT email, role, networks, active, note, updated_at, updated_by FROM access_user ORDER BY email
