from __future__ import annotations

import pytest

from dashboard.store.gateway import Database


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as database:
        yield database
