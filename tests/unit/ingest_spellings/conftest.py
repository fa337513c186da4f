from __future__ import annotations

import pytest

from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy


@pytest.fixture(scope="session")
def taxonomy(demo_db_path):
    with Database.open_existing(demo_db_path, read_only=True) as db:
        return read_taxonomy(db)
