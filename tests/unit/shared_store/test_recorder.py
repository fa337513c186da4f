"""A replica sends only the tables its statements name (store/replica.py, Recorder): every
writing statement of the code base must name its table in a form the Recorder understands, and
a word like "create" in a comment must not make it diff every table."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import duckdb

from dashboard.store import pg
from dashboard.store.replica import Recorder
from dashboard.store.schema import create_schema

SRC = Path(__file__).resolve().parents[3] / "src" / "dashboard"
DML = re.compile(r"^\s*(?:WITH\b.*?\)\s*)?(INSERT|UPDATE|DELETE)\b", re.IGNORECASE | re.DOTALL)


def _tables() -> set[str]:
    conn = duckdb.connect()
    create_schema(conn.cursor())
    return {t.name for t in pg.schema_tables(conn.cursor())}


def _noted(sql: str) -> Recorder:
    recorder = Recorder(duckdb.connect())
    recorder._note(sql)
    return recorder


def test_every_writing_sql_file_names_a_table_of_the_schema():
    tables = _tables()
    folder = resources.files("dashboard.store").joinpath("sql")
    writing = 0
    for entry in folder.iterdir():
        if not entry.name.endswith(".sql"):
            continue
        text = re.sub(r"--[^\n]*", "", entry.read_text("utf-8"))
        if not re.search(r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b",
                         text, re.IGNORECASE):
            continue
        writing += 1
        recorder = _noted(text)
        assert recorder.touched & tables, entry.name
        assert not recorder.everything, entry.name
    assert writing >= 20


def test_writing_statements_in_python_name_a_table_of_the_schema():
    tables = _tables()
    pattern = re.compile(r"""(["'])((?:INSERT|UPDATE|DELETE)\b[^"']*)\1""")
    found = 0
    for path in SRC.rglob("*.py"):
        if "store/replica.py" in str(path) or "store/pg.py" in str(path):
            continue
        for _, statement in pattern.findall(path.read_text("utf-8")):
            if not re.match(r"(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM)\s",
                            statement, re.IGNORECASE):
                continue
            found += 1
            touched = _noted(statement).touched
            assert touched & tables or "{" in statement, f"{path.name}: {statement[:80]}"
    assert found >= 5


def test_a_schema_word_in_a_comment_is_no_schema_change():
    assert not _noted("-- the rows copy of …\nDELETE FROM project WHERE false").everything
    assert _noted("CREATE TEMP TABLE x AS SELECT 1").everything
    assert _noted("UPDATE project SET title = 'x'; ALTER TABLE project ADD COLUMN y INT").everything
    assert _noted('INSERT OR REPLACE INTO "app_setting" VALUES (1, 2)').touched == {"app_setting"}
