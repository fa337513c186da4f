"""Role and scope from claims and from the user table; deny by default; the policy table."""

from __future__ import annotations

import pytest

from dashboard.access import ALL, Actor, PermissionDenied, Role, may, require
from dashboard.access.resolve import (
    AccessConfig,
    AccessConfigError,
    from_claims,
    from_table,
    network_aliases,
    resolve,
)
from dashboard.config import reference_dir
from dashboard.domain.taxonomy import read_reference_dir

CONFIG = AccessConfig.from_mapping({
    "groups_claim": "groups", "network_group_prefix": "fn-",
    "groups": {"sw-admin": "administration", "sw-leitung": "leitung",
               "sw-moderation": "moderation", "nm-lausitz": "netzwerkmanagement:LR-EN,LR-KB",
               "nm-alle": "netzwerkmanagement:*"}})


@pytest.fixture(scope="module")
def aliases():
    return network_aliases(read_reference_dir(reference_dir()).networks)


def claims(groups, email="a@sas.example"):
    return {"sub": "x1", "email": email, "groups": groups}


def test_network_group_by_code_and_by_revier_focus_area(aliases):
    by_code = from_claims(claims(["fn-LR-EN"]), CONFIG, aliases)
    by_focus = from_claims(claims(["fn-LR-F4"]), CONFIG, aliases)
    assert by_code == by_focus == Actor("a@sas.example", Role.NETZWERKMANAGEMENT,
                                        frozenset({"LR-EN"}), "oidc")
    # Mobilität and IT share one network in the Lausitz
    assert from_claims(claims(["fn-LR-F2"]), CONFIG, aliases).networks == frozenset({"LR-MIT"})


def test_configured_groups_and_the_strongest_role_wins(aliases):
    assert from_claims(claims(["sw-leitung"]), CONFIG, aliases).role is Role.LEITUNG
    assert from_claims(claims(["SW-Moderation"]), CONFIG, aliases).role is Role.MODERATION
    both = from_claims(claims(["sw-leitung", "fn-MR-EN", "nm-lausitz"]), CONFIG, aliases)
    assert both.role is Role.NETZWERKMANAGEMENT
    assert both.networks == frozenset({"MR-EN", "LR-EN", "LR-KB"})
    admin = from_claims(claims(["fn-MR-EN", "sw-admin"]), CONFIG, aliases)
    assert (admin.role, admin.networks) == (Role.ADMINISTRATION, ALL)
    assert from_claims(claims(["nm-alle"]), CONFIG, aliases).networks == ALL


def test_no_mapping_is_denied(aliases):
    assert from_claims(claims(["fn-XX-F9", "other"]), CONFIG, aliases) is None
    assert from_claims(claims([]), CONFIG, aliases) is None
    assert from_claims({"sub": "x"}, CONFIG, aliases) is None
    assert resolve(claims(["other"]), CONFIG, aliases, lambda _e: None) is None
    assert not may(None, "read")


def test_table_fallback_when_claims_do_not_map(aliases):
    rows = {"b@sas.example": {"role": "netzwerkmanagement", "networks": ["MR-GE"], "active": True}}
    actor = resolve(claims([], "b@sas.example"), CONFIG, aliases, rows.get)
    assert actor == Actor("b@sas.example", Role.NETZWERKMANAGEMENT, frozenset({"MR-GE"}), "table")
    # claims win over the table
    assert resolve(claims(["sw-leitung"], "b@sas.example"), CONFIG, aliases,
                   rows.get).role is Role.LEITUNG
    assert from_table("c@x", {"role": "leitung", "networks": [], "active": False}) is None
    assert from_table("c@x", {"role": "chef", "networks": []}) is None
    assert from_table("c@x", {"role": "administration", "networks": []}).networks == ALL


def test_group_claim_may_be_a_single_string_and_other_claim_names(aliases):
    config = AccessConfig.from_mapping({"groups_claim": "roles", "identity_claim": "upn",
                                        "groups": {"sw-admin": "administration"}})
    actor = from_claims({"sub": "1", "upn": "x@y", "roles": "sw-admin"}, config, aliases)
    assert (actor.identity, actor.role) == ("x@y", Role.ADMINISTRATION)


def test_unknown_role_in_configuration_is_a_german_error():
    with pytest.raises(AccessConfigError, match="unbekannte Rolle „chef“"):
        AccessConfig.from_mapping({"groups": {"x": "chef"}})


MANAGER = Actor("m@x", Role.NETZWERKMANAGEMENT, frozenset({"LR-EN"}), "oidc")
LEITUNG = Actor("l@x", Role.LEITUNG, ALL, "oidc")
MODERATION = Actor("mo@x", Role.MODERATION, ALL, "oidc")
ADMIN = Actor("a@x", Role.ADMINISTRATION, ALL, "oidc")


@pytest.mark.parametrize(("actor", "action", "network", "allowed"), [
    (LEITUNG, "read", None, True), (MODERATION, "read", None, True),
    (LEITUNG, "import", None, False), (MODERATION, "import", "LR-EN", False),
    (MANAGER, "import", "LR-EN", True), (MANAGER, "import", "MR-EN", False),
    (MANAGER, "import", None, True), (MANAGER, "undo", "MR-EN", False),
    (MANAGER, "see_personal", "LR-EN", True), (MANAGER, "see_personal", "LR-KB", False),
    (LEITUNG, "see_personal", "LR-EN", False), (MANAGER, "edit_reference", None, False),
    (MANAGER, "edit_settings", None, False), (MANAGER, "manage_users", None, False),
    (MANAGER, "read_audit", "LR-EN", True), (LEITUNG, "read_audit", None, False),
    (ADMIN, "import", "MR-EN", True), (ADMIN, "edit_reference", None, True),
    (ADMIN, "manage_users", None, True), (ADMIN, "something_new", None, False),
])
def test_policy(actor, action, network, allowed):
    assert may(actor, action, network) is allowed


def test_require_says_why_in_german():
    with pytest.raises(PermissionDenied, match="Fachnetzwerk MR-EN liegt außerhalb Ihrer "
                                               "Zuständigkeit"):
        require(MANAGER, "import", "MR-EN")
    with pytest.raises(PermissionDenied, match="der Rolle Leitung nicht erlaubt"):
        require(LEITUNG, "import")
    require(ADMIN, "edit_settings")


def test_local_and_cli_actors_are_administration():
    assert Actor.local().role is Role.ADMINISTRATION and Actor.local().source == "local"
    cli = Actor.cli("anna")
    assert (cli.identity, cli.role, cli.networks) == ("cli:anna", Role.ADMINISTRATION, ALL)
    assert Actor.from_json(MANAGER.to_json()) == MANAGER


def test_binding_is_local_without_login(tmp_path, monkeypatch):
    from dashboard.config import serve_address

    monkeypatch.delenv("DASHBOARD_ALLOW_REMOTE_WITHOUT_LOGIN", raising=False)
    none = tmp_path / "none.toml"
    plain = tmp_path / "plain.toml"
    plain.write_text('[access]\ncontact = "x"\n', encoding="utf-8")
    login = tmp_path / "login.toml"
    login.write_text('[auth]\nclient_id = "x"\n', encoding="utf-8")
    assert serve_address([none, plain]) == "127.0.0.1"
    assert serve_address([plain, login]) == "0.0.0.0"
    monkeypatch.setenv("DASHBOARD_ALLOW_REMOTE_WITHOUT_LOGIN", "1")
    assert serve_address([none]) == "0.0.0.0"
