"""The chain's head outside the database: deleting the newest entries, or all of them, is
found by `audit verify` (against the heads noted beside the database and the import archives,
or a head given with --kopf); a missing or unwritable heads file is a warning, never a crash."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import config
from dashboard.access import Actor
from dashboard.audit import record
from dashboard.audit.check import check
from dashboard.audit.head import current, parse
from dashboard.store.gateway import Database
from dashboard.store.schema import migrate


def _write(path, n: int) -> str:
    """n entries through the app's own function; returns the head after them ('N:HASH')."""
    with Database.open_existing(path) as db:
        migrate(db)
        for i in range(n):
            record(db, Actor.cli("anna"), "setting", {"key": "x", "value": i}, "cli")
        return str(current(db))


def _sql(path, sql: str) -> None:
    with Database.open_existing(path) as db:
        db.connection().execute(sql)


def _verify(path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", "audit", "verify", "--db",
                           str(path), *extra], check=False, capture_output=True, text=True)


def test_every_commit_notes_the_head_beside_the_database(writable_db_path):
    head = _write(writable_db_path, 3)
    lines = config.audit_heads_file(writable_db_path).read_text("utf-8").splitlines()
    noted = [json.loads(line) for line in lines]
    assert [n["seq"] for n in noted][-3:] == [1, 2, 3]
    assert f"{noted[-1]['seq']}:{noted[-1]['hash']}" == head
    ok = _verify(writable_db_path)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Kette vollständig" in ok.stdout and f"Kopf {head}" in ok.stdout
    assert "Geprüft gegen den notierten Kopf 3:" in ok.stdout


def test_deleting_the_newest_entry_is_found(writable_db_path):
    _write(writable_db_path, 6)
    _sql(writable_db_path, "DELETE FROM audit_log WHERE seq = 6")
    bad = _verify(writable_db_path)
    assert bad.returncode == 1
    assert "Einträge fehlen: Kopf 6 notiert, nur 5 vorhanden" in bad.stdout


def test_deleting_every_entry_is_found(writable_db_path):
    _write(writable_db_path, 6)
    _sql(writable_db_path, "DELETE FROM audit_log")
    bad = _verify(writable_db_path)
    assert bad.returncode == 1
    assert "Einträge fehlen: Kopf 6 notiert, nur 0 vorhanden" in bad.stdout


def test_deleting_a_middle_entry_is_still_found(writable_db_path):
    _write(writable_db_path, 6)
    _sql(writable_db_path, "DELETE FROM audit_log WHERE seq = 3")
    bad = _verify(writable_db_path)
    assert bad.returncode == 1
    assert "Eintrag Nr. 3" in bad.stdout


def test_a_rewritten_tail_is_found(writable_db_path):
    """Cut to 4 entries, then 2 new ones through the app: 6 again, but not the noted 6."""
    _write(writable_db_path, 6)
    _sql(writable_db_path, "DELETE FROM audit_log WHERE seq > 4")
    _write(writable_db_path, 2)
    bad = _verify(writable_db_path)
    assert bad.returncode == 1
    assert "Eintrag Nr. 6 trägt nicht den notierten Hash" in bad.stdout


def test_a_given_head_is_checked(writable_db_path):
    head = _write(writable_db_path, 6)
    config.audit_heads_file(writable_db_path).unlink()  # only what a person noted
    assert _verify(writable_db_path, "--kopf", head).returncode == 0
    number, digest = head.split(":")
    assert _verify(writable_db_path, "--kopf", f"{number}:{digest[:16]}").returncode == 0
    _sql(writable_db_path, "DELETE FROM audit_log WHERE seq >= 5")
    bad = _verify(writable_db_path, "--kopf", head)
    assert bad.returncode == 1
    assert "Einträge fehlen: Kopf 6 notiert, nur 4 vorhanden (notiert in Angabe --kopf)" in bad.stdout
    usage = _verify(writable_db_path, "--kopf", "6:abc")
    assert usage.returncode == 2 and "Kein gültiger Kopf" in usage.stderr


def test_without_any_noted_head_a_warning_and_the_chain_alone(writable_db_path):
    _write(writable_db_path, 2)
    config.audit_heads_file(writable_db_path).unlink()
    ok = _verify(writable_db_path)
    assert ok.returncode == 0
    assert "Kein Kopf außerhalb der Datenbank gefunden" in ok.stderr


def test_an_unwritable_heads_file_is_a_warning_not_a_failed_write(writable_db_path, caplog):
    config.audit_heads_file(writable_db_path).mkdir()  # a folder where the file should be
    with caplog.at_level(logging.WARNING, logger="dashboard"):
        head = _write(writable_db_path, 2)
    assert head.startswith("2:")
    assert "konnte nicht nach" in caplog.text


def test_a_rolled_back_entry_notes_no_head(writable_db_path):
    from dashboard.audit import append

    _write(writable_db_path, 1)
    with (Database.open_existing(writable_db_path) as db, pytest.raises(RuntimeError),
          db.transaction() as cur):
        append(cur, "x", "setting", {"k": 1}, "cli")
        raise RuntimeError("abgebrochen")
    lines = config.audit_heads_file(writable_db_path).read_text("utf-8").splitlines()
    assert [json.loads(line)["seq"] for line in lines] == [1]
    with Database.open_existing(writable_db_path) as db:
        assert check(db).ok


def test_an_import_archive_has_the_head_beside_it(writable_db_path):
    from dashboard.ingest.service import run_import
    from tests.unit.ingest_plan.helpers import good_record, xlsx_bytes

    with Database.open_existing(writable_db_path) as db:
        migrate(db)
        result = run_import(db, xlsx_bytes([good_record(project_id="T-0001")]), "liste.xlsx",
                            user="anna", actor=Actor.cli("anna"), where="cli")
        assert result.committed
        archived = db.scalar("SELECT archived_path FROM import_batch WHERE batch_id = ?",
                             [result.batch_id])
        head = current(db)
    beside = json.loads(Path(f"{archived}.kopf").read_text("utf-8"))
    assert (beside["seq"], beside["hash"]) == (head.seq, head.hash)
    config.audit_heads_file(writable_db_path).unlink()  # the archive's head alone suffices
    _sql(writable_db_path, f"DELETE FROM audit_log WHERE seq = {head.seq}")
    bad = _verify(writable_db_path)
    assert bad.returncode == 1
    assert f"Kopf {head.seq} notiert, nur {head.seq - 1} vorhanden" in bad.stdout
    assert ".kopf" in bad.stdout


def test_init_force_sets_the_old_heads_aside(tmp_path):
    from dashboard.demo.seed import init_database

    path = tmp_path / "neu.duckdb"
    init_database(path, config.reference_dir())
    _write(path, 2)
    result = init_database(path, config.reference_dir(), force=True)
    assert len(result["heads_set_aside"]) == 1
    assert not config.audit_heads_file(path).exists()
    with Database.open_existing(path) as db:
        assert check(db).ok  # a new log is not an old one cut short


@pytest.mark.parametrize("text", ["6", "6:xyz", ":abcdef0123456789", "6:abc", ""])
def test_parse_refuses_what_is_no_head(text):
    with pytest.raises(ValueError, match="Kein gültiger Kopf"):
        parse(text)


def test_parse_accepts_the_printed_form():
    digest = "3fa1" + "0" * 60
    assert str(parse(f"Kopf 6:{digest}")) == f"6:{digest}"
    assert parse(f" 6 : {digest[:16]} ").hash == digest[:16]


def test_verify_through_the_running_app_finds_a_deleted_newest_entry(writable_db_path):
    """While the app holds the file the CLI asks it over the socket: same check, same answer."""
    from dashboard.features import operations

    HANDLERS = operations()

    from dashboard.store.server import serve

    head = _write(writable_db_path, 4)
    with Database.open_existing(writable_db_path) as db:
        stop = serve(db, HANDLERS)
        try:
            ok = _verify(writable_db_path, "--kopf", head)
            assert ok.returncode == 0, ok.stdout + ok.stderr
            db.connection().execute("DELETE FROM audit_log WHERE seq = 4")
            bad = _verify(writable_db_path)
            assert bad.returncode == 1
            assert "Einträge fehlen: Kopf 4 notiert, nur 3 vorhanden" in bad.stdout
        finally:
            stop()
