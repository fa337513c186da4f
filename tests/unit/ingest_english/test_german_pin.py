"""German import texts are unchanged by the English ones: every text of the messy uploads
(plan, locations, rejected rows, stage history, commit, undo, error report, template, refused
files) equals the snapshot german_texts.json, written from the code before English existed
(main 4916496). Regenerate only for a deliberate German wording change:
`python -m tests.unit.ingest_english.test_german_pin DB` with a demo database (seed 42)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dashboard import i18n
from dashboard.store.gateway import Database
from tests.unit.ingest_english.messy import all_texts

SNAPSHOT = Path(__file__).with_name("german_texts.json")


def test_german_texts_are_byte_identical(writable_db_path, taxonomy):
    with Database.open_existing(writable_db_path) as db, i18n.using("de"):
        texts = all_texts(db, taxonomy)
    expected = json.loads(SNAPSHOT.read_text("utf-8"))
    assert set(texts) == set(expected)
    for key in expected:
        assert texts[key] == expected[key], key


def test_german_is_the_default_outside_a_page(writable_db_path, taxonomy):
    """A thread that set no language (the CLI, the app's socket) gets the German texts."""
    with Database.open_existing(writable_db_path) as db:
        texts = all_texts(db, taxonomy)
    assert texts["plan"] == json.loads(SNAPSHOT.read_text("utf-8"))["plan"]


def test_a_thread_of_its_own_is_german_while_a_page_reads_english(demo_db, taxonomy):
    """The app's socket serves the CLI in a thread of its own: German, whatever a page is in."""
    from concurrent.futures import ThreadPoolExecutor

    from dashboard.ingest.service import plan_import
    from tests.unit.ingest_english.messy import no_id_xlsx

    def plan_messages() -> list[str]:
        return [i.message for i in plan_import(demo_db, no_id_xlsx(), "ohne_id.xlsx",
                                               taxonomy=taxonomy)[1].issues]

    with i18n.using("en"), ThreadPoolExecutor(1) as pool:
        elsewhere = pool.submit(plan_messages).result()
        here = plan_messages()
    assert elsewhere == [i["message"] for i in json.loads(SNAPSHOT.read_text("utf-8"))["no_id"]]
    assert here[0] == "The required column “Revier” is missing."


if __name__ == "__main__":  # pragma: no cover - writes the snapshot
    from dashboard.store.reference import read_taxonomy

    with Database.open_existing(Path(sys.argv[1])) as db, i18n.using("de"):
        SNAPSHOT.write_text(json.dumps(all_texts(db, read_taxonomy(db)), ensure_ascii=False,
                                       indent=1) + "\n", "utf-8")
