"""One deterministic demo database (fixed seed and date) for every test layer."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from dashboard.config import reference_dir
from dashboard.store.gateway import Database
from dashboard.store.setup import init_database

DEMO_AS_OF = date(2026, 11, 1)
DEMO_SIZE = 400
DEMO_SEED = 42


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture database, built once per test session (read it, do not write it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    init_database(path, reference_dir(), demo=True, size=DEMO_SIZE, seed=DEMO_SEED, as_of=DEMO_AS_OF)
    return path


@pytest.fixture
def demo_db(demo_db_path: Path):
    with Database.open_existing(demo_db_path, read_only=True) as db:
        yield db


@pytest.fixture
def writable_db_path(demo_db_path: Path, tmp_path: Path) -> Path:
    """A private copy of the fixture database that a test may change."""
    path = tmp_path / "work.duckdb"
    shutil.copy(demo_db_path, path)
    return path


@pytest.fixture
def empty_db_path(tmp_path: Path) -> Path:
    """Schema and reference data, no projects."""
    path = tmp_path / "empty.duckdb"
    init_database(path, reference_dir())
    return path
