"""Issue 21: an import plan is language-free. Its messages are keys with values (texts.Said)
and its formatted values are calls to be made again (texts.Later), so a plan made once in one
language is shown in the other (texts.again) exactly as a plan made in that language would be:
sentences, numbers, dates, quotes, lists and the Vernetzung reasons alike."""

from __future__ import annotations

import pytest

from dashboard import i18n
from dashboard.ingest.service import plan_import
from dashboard.store.gateway import Database
from dashboard.texts import again
from tests.unit.ingest_english.messy import _similar, messy_xlsx, no_id_xlsx


@pytest.mark.parametrize(("made", "shown"), [("de", "en"), ("en", "de")])
@pytest.mark.parametrize("which", ["messy", "no_id"])
def test_a_plan_made_in_one_language_reads_as_one_made_in_the_other(demo_db_path, taxonomy,
                                                                      made, shown, which):
    with Database.open_existing(demo_db_path, read_only=True) as db:
        data = messy_xlsx(_similar(db)) if which == "messy" else no_id_xlsx()
        plans = {}
        for language in (made, shown):
            with i18n.using(language):
                plans[language] = plan_import(db, data, "liste.xlsx", taxonomy=taxonomy,
                                              user="test")[1]
    first, direct = plans[made].issues, plans[shown].issues
    assert len(first) == len(direct) and len(first) >= (40 if which == "messy" else 1)
    with i18n.using(shown):
        for a, b in zip(first, direct, strict=True):
            for field in ("message", "suggestion", "value"):
                assert again(getattr(a, field)) == getattr(b, field), (field, getattr(a, field))
        rejected = [again(m) for m in plans[made].rejected["message"]]
    assert rejected == list(plans[shown].rejected["message"])
