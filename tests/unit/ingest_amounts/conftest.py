from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dashboard.store.gateway import Database


@pytest.fixture
def fresh_db(empty_db_path: Path, tmp_path: Path):
    """An empty database (schema, reference data) of its own."""
    path = tmp_path / "leer.duckdb"
    shutil.copy(empty_db_path, path)
    with Database.open_existing(path) as db:
        yield db
