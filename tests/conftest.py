"""One deterministic demo database (fixed seed and date) for every test layer.

The suite runs on the fixture's day: the product's one clock (dashboard.clock) reads
$DASHBOARD_TODAY, set here unless the caller set it (CI runs the suite again on far days, see
.ci/run), so no result depends on the day the suite runs. Servers and command lines the tests
start inherit it."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from dashboard import clock
from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy

DEMO_AS_OF = date(2026, 11, 1)
DEMO_SIZE = 400
DEMO_SEED = 42
os.environ.setdefault(clock.ENV, DEMO_AS_OF.isoformat())

# The tests of what counts from a day; `make test-far-days` runs them again far away.
FAR_DAY_TESTS = ("tests/app/test_pipeline_pages.py", "tests/app/test_overview_page.py",
                 "tests/app/test_finanzen_pages.py", "tests/app/test_data_age.py",
                 "tests/unit/pipeline/", "tests/unit/finanzen/", "tests/unit/briefing/",
                 "tests/unit/foundation/test_clock.py", "tests/e2e/test_pipeline_e2e.py",
                 "tests/unit/figures/test_invariants.py", "tests/app/test_presentation_page.py",
                 "tests/app/test_admin_targets.py", "tests/unit/foerderlisten/test_reconcile.py")


def pytest_collection_modifyitems(items):
    for item in items:
        if item.nodeid.startswith(FAR_DAY_TESTS):
            item.add_marker(pytest.mark.far_day)


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture database, built once per test session (read it, do not write it)."""
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    init_database(path, reference_dir(), demo=True, size=DEMO_SIZE, seed=DEMO_SEED, as_of=DEMO_AS_OF)
    return path


@pytest.fixture(scope="session")
def taxonomy(demo_db_path: Path):
    """The reference data of the fixture database."""
    with Database.open_existing(demo_db_path, read_only=True) as db:
        return read_taxonomy(db)


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


@pytest.fixture(scope="session")
def pg_cluster():
    """A private PostgreSQL cluster for this test session (tests/pg_cluster.py)."""
    from tests.pg_cluster import Cluster

    cluster = Cluster()
    yield cluster
    cluster.close()


@pytest.fixture
def shared_store(pg_cluster, demo_db_path: Path, request) -> dict[str, str]:
    """The fixture database copied into a new PostgreSQL database (as its owner, the app's role
    with least privilege): {"owner": url, "app": url}."""
    from dashboard.store.transfer import to_postgres
    from tests.pg_cluster import APP, OWNER

    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    name = f"{name}_{abs(hash(request.node.nodeid)) % 10_000}"
    pg_cluster.new_database(name)
    checks = to_postgres(demo_db_path, pg_cluster.url(name, OWNER), APP)
    assert all(c.same for c in checks)
    return {"owner": pg_cluster.url(name, OWNER), "app": pg_cluster.url(name, APP)}
