"""UI texts: every key exists in German, singular/plural texts pick the right form."""

from __future__ import annotations

import pytest

from dashboard.texts import _table, t, tn


def test_counted_nouns_use_singular_for_one_and_german_number_format():
    assert tn("count.new_projects", 1) == "1 neues Projekt"
    assert tn("count.new_projects", 0) == "0 neue Projekte"
    assert tn("count.new_projects", 1234) == "1.234 neue Projekte"
    assert tn("count.exits", 1) == "1 Ausstieg"
    assert t("changes.view.title", day="01.11.2026", new=tn("count.new_projects", 1),
             moves=tn("count.moves", 2), exits=tn("count.exits", 1)) == \
        "Seit dem 01.11.2026 (einschließlich): 1 neues Projekt, 2 Stufenwechsel, 1 Ausstieg"


def test_plural_texts_cannot_be_used_without_a_count():
    with pytest.raises(TypeError):
        t("count.projects")


def test_every_plural_entry_has_exactly_two_forms_and_the_singular_needs_no_other_values():
    import string

    for key, text in _table("de").items():
        if isinstance(text, tuple):
            assert len(text) == 2, key
            fields = [{f for _, f, _, _ in string.Formatter().parse(form) if f} for form in text]
            # the singular may leave out the count ("1 Projekt wurde bewilligt") but must not
            # ask for a value the plural does not get
            assert fields[0] <= fields[1], key

