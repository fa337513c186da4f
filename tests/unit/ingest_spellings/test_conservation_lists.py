"""The conservation check of issue 11 on the hand-written lists of tests/data/import_lists/:
every non-empty cell is stored and read back equal, or named with its row and column."""

from __future__ import annotations

import pytest

from dashboard.store.gateway import Database
from dashboard.store.schema import migrate
from tests.unit.ingest_issue11.test_conservation import check_conservation

from .lists import spec

LISTS = ("formel_ohne_wert", "amtliche_schreibweisen", "abschnittszeilen")


@pytest.mark.parametrize("name", LISTS)
def test_every_cell_is_stored_or_named(name, empty_db_path):
    with Database.open_existing(empty_db_path) as db:
        migrate(db)
    check_conservation(spec(name), empty_db_path)
