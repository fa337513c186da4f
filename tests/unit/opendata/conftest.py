"""A private, migrated copy of the fixture database with planted personal data and
formula-like text, for the open-data tests."""

from __future__ import annotations

import pytest

from dashboard.store.gateway import Database
from dashboard.store.schema import migrate

# text a spreadsheet would evaluate: each must reach the CSV with a leading apostrophe
FORMULAS = {"title": "=HYPERLINK(\"http://x.example\";\"klick\")", "description": "+49 30 123",
            "sponsor": "@SUMME(A1)", "municipality": "-2+3"}
# personal data a public answer must never contain
PERSONAL = {"contact": "Erika Mustermann, erika.mustermann@example.org, +49 351 5640",
            "remarks": "Rückruf Herr Max Beispielmann, Tel. 0351 98765"}


@pytest.fixture
def od_db(writable_db_path):
    with Database.open_existing(writable_db_path) as db:
        migrate(db)
        granted = db.query("SELECT p.project_id FROM project p JOIN ref_stage s ON "
                           "s.code = p.stage_code WHERE s.kind = 'positive_end' "
                           "ORDER BY p.project_id LIMIT 2").df["project_id"].tolist()
        with db.transaction() as cur:
            cur.execute("UPDATE project SET title = ?, description = ?, sponsor = ?, "
                        "municipality = ? WHERE project_id = ?",
                        [*FORMULAS.values(), granted[0]])
            cur.execute("UPDATE project SET contact = ?, remarks = ?",
                        [PERSONAL["contact"], PERSONAL["remarks"]])
        yield db
