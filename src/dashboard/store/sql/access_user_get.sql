SELECT email, role, networks, active FROM access_user WHERE email = ?
