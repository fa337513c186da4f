"""A refusal speaks the reader's language: the page shows the service's sentence (PermissionDenied)
as it is, so the sentence follows dashboard.i18n like every other text; German unchanged."""

from __future__ import annotations

import pytest

from dashboard.access import ALL, Actor, PermissionDenied, Role, require
from dashboard.i18n import using

LEITUNG = Actor("leitung@example.org", Role.LEITUNG, ALL, "oidc")
MANAGER = Actor("lr-en@example.org", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}), "oidc")
CASES = [(LEITUNG, "import", None), (MANAGER, "import", "MR-GE"), (None, "read", None),
         (MANAGER, "manage_users", None)]
GERMAN = ("Keine Berechtigung", "Rolle", "erlaubt", "Zuständigkeit", "Importieren", "ohne")


def _message(actor, action, network) -> str:
    with pytest.raises(PermissionDenied) as refused:
        require(actor, action, network)
    return refused.value.message


@pytest.mark.parametrize(("actor", "action", "network"), CASES)
def test_a_refusal_in_english_has_no_german_sentence(actor, action, network):
    with using("en"):
        text = _message(actor, action, network)
    assert text.startswith("Not permitted")
    assert not [w for w in GERMAN if w in text], text


def test_german_refusals_are_unchanged():
    assert _message(LEITUNG, "import", None) == (
        "Keine Berechtigung: „Importieren“ ist der Rolle Leitung nicht erlaubt.")
    assert _message(MANAGER, "import", "MR-GE") == (
        "Keine Berechtigung: Fachnetzwerk MR-GE liegt außerhalb Ihrer Zuständigkeit (LR-EN).")
    assert _message(None, "read", None) == (
        "Keine Berechtigung: „Lesen“ ist ohne zugeordnete Rolle nicht erlaubt.")


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_action_of_the_policy_has_its_name_in_both_languages(language):
    from dashboard.access.policy import ACTIONS

    with using(language):
        for action in ACTIONS:
            assert action not in _message(None, action, None)
