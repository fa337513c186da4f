from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.store.gateway import Database

CASES = Path(__file__).resolve().parents[2] / "data" / "import_decisions"


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as database:
        yield database


@pytest.fixture
def case():
    """The bytes of a hand-written list in tests/data/import_decisions/."""
    return lambda name: (CASES / name).read_bytes()
