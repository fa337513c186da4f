"""The app's own export comes back (issue 19, point 9): written a chunk at a time, read by the
import as 0 new / 0 changed, and the upload limit admits the export of the largest list the
import takes (MAX_DATA_ROWS projects)."""

from __future__ import annotations

import pytest

from dashboard.config import reference_dir
from dashboard.demo.seed import init_database
from dashboard.domain.filters import Filters
from dashboard.export.projects_xlsx import export_projects, projects_xlsx_chunks
from dashboard.ingest import safety
from dashboard.ingest.service import export_chunks, run_import
from dashboard.store.gateway import Database
from dashboard.store.reference import read_taxonomy
from tests.conftest import DEMO_AS_OF

SIZE = 3_000


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("roundtrip") / "demo3000.duckdb"
    init_database(path, reference_dir(), demo=True, size=SIZE, seed=19, as_of=DEMO_AS_OF)
    with Database.open_existing(path) as db:
        yield db


def test_export_in_small_chunks_comes_back_unchanged(big_db):
    chunks = list(export_chunks(big_db, Filters(), rows=1_000))
    assert len(chunks) >= 2 and sum(len(p) for p, _ in chunks) == SIZE
    data = projects_xlsx_chunks(chunks, read_taxonomy(big_db))
    result = run_import(big_db, data, "Projekte.xlsx", dry_run=True, user="test")
    counts = result.plan.counts()
    assert (counts["rows"], counts["new"], counts["changed"], counts["rejected"],
            counts["events"]) == (SIZE, 0, 0, 0, 0), result.plan.errors[:3]
    assert result.plan.errors == []


def test_the_export_of_the_largest_list_fits_the_upload_limit(big_db):
    per_row = len(export_projects(big_db, Filters())) / SIZE
    # 10 % room: demo rows are as full as real ones (description, contact, every date)
    assert per_row * safety.MAX_DATA_ROWS * 1.1 <= safety.MAX_FILE_BYTES, per_row


@pytest.mark.parametrize("at", [0, 4_194_300, 4_194_303, 4_194_304, 8_388_600])
def test_error_cells_are_found_in_a_sheet_read_in_chunks(at):
    """The sheet XML is searched 4 MB at a time (not read whole beside the grid); a t="e" cell
    across a chunk boundary is still found."""
    import io

    from dashboard.ingest.xlsx_errors import _UNSAVED_HINTS, _has_any

    needles = (b't="e"', *_UNSAVED_HINTS)
    assert _has_any(io.BytesIO(b"x" * at + b'<c r="B7" t="e"><v>#NV</v></c>' + b"y" * 50), needles)
    assert _has_any(io.BytesIO(b"x" * at + b'<c r="C7"><f>A1</f></c>' + b"y" * 50), needles)
    assert not _has_any(io.BytesIO(b'<c t="s"><v>1</v></c>' * 300_000), needles)
