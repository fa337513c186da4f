"""The audit chain: appended entries verify; any change by SQL breaks it at that entry."""

from __future__ import annotations

import subprocess
import sys

from dashboard.access import Actor
from dashboard.audit import record, verify
from dashboard.store.gateway import Database


def test_chain_verifies_and_tampering_is_found(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        from dashboard.store.schema import migrate

        migrate(db)
        for i in range(4):
            record(db, Actor.cli("anna"), "setting", {"key": "x", "value": i}, "cli",
                   networks=["LR-EN"] if i % 2 else [])
        record(db, "jemand@x", "login", {"ä": "ö"}, "page:login")
        assert verify(db) == (5, None)
        db.connection().execute("UPDATE audit_log SET detail = '{\"key\":\"x\",\"value\":9}' "
                                "WHERE seq = 3")
        n, broken = verify(db)
        assert (n, broken.seq) == (5, 3) and "verändert" in str(broken)


def test_deleted_entry_is_found(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        from dashboard.store.schema import migrate

        migrate(db)
        for i in range(3):
            record(db, "x", "setting", {"i": i}, "cli")
        db.connection().execute("DELETE FROM audit_log WHERE seq = 2")
        assert verify(db)[1].seq == 2


def test_cli_verify_exit_codes(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        from dashboard.store.schema import migrate

        migrate(db)
        record(db, "x", "setting", {"i": 1}, "cli")
        record(db, "x", "setting", {"i": 2}, "cli")
    cmd = [sys.executable, "-m", "dashboard", "audit", "verify", "--db", str(writable_db_path)]
    ok = subprocess.run(cmd, check=False, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "2 Einträge" in ok.stdout and "unverändert" in ok.stdout
    with Database.open_existing(writable_db_path) as db:
        db.connection().execute("UPDATE audit_log SET actor = 'y' WHERE seq = 1")
    bad = subprocess.run(cmd, check=False, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "Eintrag Nr. 1" in bad.stdout + bad.stderr
