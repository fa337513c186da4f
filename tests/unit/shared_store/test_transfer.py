"""Issue 22, item 6: `migrate` copies an embedded database into PostgreSQL and back; every
table's rows and checksum are compared (the file that comes back equals the one that went)."""

from __future__ import annotations

import subprocess
import sys

import duckdb

from dashboard.store import pg
from dashboard.store.transfer import from_postgres, to_postgres


def _sums(path) -> dict:
    conn = duckdb.connect(str(path), read_only=True)
    try:
        cur = conn.cursor()
        return {t.name: pg.checksum_duck(cur, t) for t in pg.schema_tables(cur)}
    finally:
        conn.close()


def test_a_file_comes_back_from_postgresql_as_it_went(pg_cluster, demo_db_path, tmp_path):
    url = pg_cluster.url(pg_cluster.new_database("hin_und_zurueck"), "eigentuemer")
    there = to_postgres(demo_db_path, url, "monitor_app")
    assert there and all(c.same for c in there)
    back = from_postgres(url, tmp_path / "zurueck.duckdb")
    assert all(c.same for c in back)
    original, returned = _sums(demo_db_path), _sums(tmp_path / "zurueck.duckdb")
    assert original == returned
    assert original["project"][0] == 400 and original["stage_event"][0] > 1000


def test_the_checksum_sees_one_changed_value(demo_db_path, tmp_path):
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(demo_db_path.read_bytes())
    conn = duckdb.connect(str(copy))
    conn.execute("UPDATE project SET total_cost_eur = total_cost_eur + 0.01 "
                 "WHERE project_id = (SELECT min(project_id) FROM project)")
    conn.close()
    assert _sums(copy)["project"] != _sums(demo_db_path)["project"]


def _cli(*args, env_db=None):
    import os

    env = {**os.environ, "DASHBOARD_DB": str(env_db)} if env_db else dict(os.environ)
    return subprocess.run([sys.executable, "-m", "dashboard", *args], capture_output=True,
                          text=True, env=env, timeout=300, check=False)


def test_the_command_line_copies_both_ways_and_refuses_to_overwrite(pg_cluster, demo_db_path, tmp_path):
    url = pg_cluster.url(pg_cluster.new_database("cli_kopie"), "eigentuemer")
    done = _cli("migrate", "--nach", url, "--app-rolle", "monitor_app", env_db=demo_db_path)
    assert done.returncode == 0, done.stderr
    assert "Zeilenzahlen und Prüfsummen gleich" in done.stdout and "project" in done.stdout
    again = _cli("migrate", "--nach", url, env_db=demo_db_path)
    assert again.returncode == 2 and "--force" in again.stderr + again.stdout
    back = _cli("migrate", "--von", url, "--nach", str(tmp_path / "z.duckdb"))
    assert back.returncode == 0, back.stderr
    assert _sums(tmp_path / "z.duckdb") == _sums(demo_db_path)
    both_files = _cli("migrate", "--von", str(demo_db_path), "--nach", str(tmp_path / "y.duckdb"))
    assert both_files.returncode == 2 and "PostgreSQL-Adresse" in both_files.stderr + both_files.stdout


def test_awkward_text_survives_the_way_there_and_back(pg_cluster, demo_db_path, tmp_path):
    """Text that CSV and SQL handle badly: quotes, commas, line breaks, an empty text next to
    NULL, a formula, backslashes, umlauts and an emoji; lists and maps with the same."""
    copy = tmp_path / "awkward.duckdb"
    copy.write_bytes(demo_db_path.read_bytes())
    titles = ['Er sagte "Ja", dann\nnein', "", "=HYPERLINK(\"http://x\")", "C:\\Pfad\\n\\",
              "Größe ∑ 😀", " führend und folgend ", "NULL", "\\N", "a;b\tc\r\nd"]
    conn = duckdb.connect(str(copy))
    ids = conn.execute("SELECT project_id FROM project ORDER BY project_id LIMIT ?",
                       [len(titles)]).fetchall()
    for (pid,), title in zip(ids, titles, strict=True):
        conn.execute("UPDATE project SET title = ?, municipality = NULL WHERE project_id = ?",
                     [title, pid])
    conn.execute("UPDATE access_user SET networks = ['a,\"b\"', '', 'ü'] WHERE true")
    conn.close()
    url = pg_cluster.url(pg_cluster.new_database("awkward"), "eigentuemer")
    assert all(c.same for c in to_postgres(copy, url, "monitor_app"))
    back = tmp_path / "back.duckdb"
    assert all(c.same for c in from_postgres(url, back))
    assert _sums(back) == _sums(copy)
    conn = duckdb.connect(str(back), read_only=True)
    got = dict(conn.execute("SELECT project_id, title FROM project").fetchall())
    conn.close()
    assert [got[pid] for (pid,) in ids] == titles
