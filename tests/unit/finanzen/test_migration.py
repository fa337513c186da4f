"""Migration 008 on a database made before it: the envelopes become one InvKG period each,
the programme bound to InvKG keeps counting, the new columns and tables exist."""

from __future__ import annotations

from dashboard.store.gateway import Database
from dashboard.store.schema import current_version, migrate, migrations


def test_an_older_database_keeps_its_envelopes(tmp_path):
    path = tmp_path / "alt.duckdb"
    with Database(path) as db, db.transaction() as cur:
        cur.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT "
                    "NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
        for number, name, sql in migrations():
            if number < 8:
                cur.execute(sql)
                cur.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)",
                            [number, name])
        cur.execute("INSERT INTO ref_envelope VALUES ('LR', 'SN', 2408000000, 'alt')")
        cur.execute("INSERT INTO ref_programme VALUES ('RL_INVKG', 'RL InvKG', true, 1), "
                    "('JTF', 'JTF', false, 2), ('STARK', 'STARK', false, 3)")
    with Database(path) as db:
        assert current_version(db) < 8
        assert migrate(db) >= 8
        env = db.query("SELECT * FROM ref_envelope").rows
        assert [(e["fund"], e["revier_code"], e["period_start"], e["period_end"],
                 float(e["amount_eur"])) for e in env] == [("InvKG", "LR", 2020, 2038, 2408e6)]
        funds = dict(db.query("SELECT code, coalesce(fund, '-') FROM ref_programme").df.values
                     .tolist())
        assert funds == {"RL_INVKG": "InvKG", "JTF": "JTF", "STARK": "-"}
        columns = set(db.query("SELECT * FROM project LIMIT 0").df.columns)
        assert {"planned_apprenticeships", "actual_jobs", "actual_apprenticeships",
                "invkg_area"} <= columns
        assert db.scalar("SELECT count(*) FROM indicator") == 4
