"""Exporting the current projects and importing that file unchanged yields zero changes."""

from __future__ import annotations

from dashboard.domain.filters import Filters
from dashboard.export.projects_xlsx import export_projects
from dashboard.ingest.service import run_import
from dashboard.store.schema import migrate

from .helpers import dump


def test_export_then_reimport_changes_nothing(db):
    migrate(db)
    data = export_projects(db, Filters())
    before = dump(db, ("project", "stage_event"))
    result = run_import(db, data, "Projekte.xlsx", user="t", dry_run=True)
    assert result.plan.errors == [], result.plan.errors[:3]
    total = db.scalar("SELECT count(*) FROM project")
    assert (len(result.plan.new), len(result.plan.changed), len(result.plan.unchanged)) == (0, 0, total)
    assert result.plan.events.empty and result.plan.missing.empty
    committed = run_import(db, data, "Projekte.xlsx", user="t")
    # nothing to write: no empty import is recorded (and no file archived)
    assert not committed.committed and "keine Änderung" in committed.message
    assert dump(db, ("project", "stage_event")) == before


def test_filtered_export_holds_only_the_selection(db):
    data = export_projects(db, Filters(reviere=("MR",), focus_areas=("F2",)))
    result = run_import(db, data, "it.xlsx", user="t", dry_run=True)
    expected = db.scalar("SELECT count(*) FROM project WHERE revier_code = 'MR' AND "
                         "focus_area_code = 'F2'")
    assert len(result.plan.unchanged) == expected > 0
    assert result.plan.missing.empty
