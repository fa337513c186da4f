DELETE FROM access_user WHERE email = ?
