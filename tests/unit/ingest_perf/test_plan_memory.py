"""The plan's memory savings (issue 19) give exactly what the plain frames gave: the file's
stage events built a chunk at a time, check's frame holding the parsed Python texts."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.ingest.check import check
from dashboard.ingest.plan import plan_table
from dashboard.store.gateway import Database

from ..ingest_plan.helpers import good_record, make_table


@pytest.fixture
def db(writable_db_path):
    with Database.open_existing(writable_db_path) as database:
        yield database


def _records() -> list[dict]:
    """Rows with every date, some dates missing, exits, a rejected row and a None text."""
    records = []
    for k in range(9):
        changes: dict = {"project_id": f"T-{k:04d}", "title": f"Vorhaben {k}"}
        if k % 3 == 1:
            changes.update(date_FG_FOE=None, date_EMPF=None, date_ANTRAG=None, stage_code="FG_RE")
        if k % 4 == 2:
            changes.update(status="abgelehnt", exit_date=date(2024, 7, 1))
        if k == 5:
            changes["title"] = None  # rejected: its events must not appear
        if k == 7:
            changes["municipality"] = None
        records.append(good_record(**changes))
    return records


@pytest.mark.parametrize("size", [1, 2, 4, 100])
def test_stage_dates_in_chunks_equal_the_whole_frame(taxonomy, size):
    checked = check(make_table(_records()), taxonomy)
    whole = checked.dates.frame()
    assert len(whole) and checked.dates.frame(0, 0).empty
    parts = [checked.dates.frame(start, start + size)
             for start in range(0, len(checked.projects), size)]
    for part in parts:  # a chunk without an exit still has the whole frame's dtypes
        assert part.dtypes.to_dict() == whole.dtypes.to_dict()
    together = pd.concat(parts).sort_index()
    assert together.index.tolist() == list(range(len(whole)))
    pd.testing.assert_frame_equal(together, whole)
    assert "T-0005" not in set(whole["project_id"])


def test_only_an_exit_part_missing_changes_no_dtype(taxonomy):
    # no exit in the whole list: the exit part is empty, in the whole frame and in each chunk
    records = [good_record(project_id=f"T-{k:04d}") for k in range(3)]
    checked = check(make_table(records), taxonomy)
    assert checked.dates.frame(0, 1).dtypes.to_dict() == checked.dates.frame().dtypes.to_dict()


def test_check_keeps_the_parsed_texts_and_the_plan_hands_on_pandas_text(db, taxonomy):
    table = make_table(_records())
    checked = check(table, taxonomy)
    # the frame points at the parsed cells' own texts (no copy of 200.000 descriptions)
    assert checked.projects["title"].dtype == object
    assert checked.projects["title"].iloc[0] is table.data.column("title")[0]
    plan = plan_table(db, table, taxonomy)
    plain = pd.DataFrame({f: checked.projects[f].tolist() for f in checked.projects.columns})
    valid = plain.reset_index(drop=True)
    assert plan.new.dtypes.to_dict() == valid.dtypes.to_dict()
    pd.testing.assert_frame_equal(plan.new, valid)
    assert pd.isna(plan.new.loc[plan.new["project_id"] == "T-0007", "municipality"]).all()
