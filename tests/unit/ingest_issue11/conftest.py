from __future__ import annotations

import pytest

from dashboard.store.gateway import Database
from dashboard.store.schema import migrate


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as database:
        migrate(database)
        yield database


@pytest.fixture
def empty_db(empty_db_path):
    with Database.open_existing(empty_db_path) as database:
        migrate(database)
        yield database
