"""Identity -> Actor: from OIDC claims (claim names and group mapping in configuration), else
from the user table kept in the database, else None (deny by default).

Configuration (`.streamlit/secrets.toml`, section `[access]`; every key optional):

    [access]
    identity_claim = "email"       # the claim that names the person (fallback: "sub")
    groups_claim = "groups"        # the claim holding the list of groups
    network_group_prefix = "fn-"   # "fn-LR-EN" or "fn-LR-F4": Netzwerkmanagement for that
                                   # Fachnetzwerk (code, or Revier-Schwerpunkt)
    contact = "Referat 23, strukturwandel@smr.example"  # whom to ask, shown without a role

    [access.groups]                # group -> "role" or "role:network,network" ("*" = all)
    "sw-admin" = "administration"
    "sw-leitung" = "leitung"
    "sw-moderation" = "moderation"
    "nm-lausitz" = "netzwerkmanagement:LR-MIT,LR-KB,LR-EN,LR-GE,LR-TL"

Several groups: the role with the most rights wins (Administration > Netzwerkmanagement >
Leitung > Moderation); the networks of all Netzwerkmanagement groups add up."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from dashboard.access.model import ALL, RANK, Actor, Role


class AccessConfigError(ValueError):
    """The [access] section is not understood (German message)."""


@dataclass(frozen=True)
class AccessConfig:
    identity_claim: str = "email"
    groups_claim: str = "groups"
    network_group_prefix: str = "fn-"
    contact: str = ""
    groups: Mapping[str, tuple[Role, frozenset[str] | str]] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, section: Mapping[str, Any] | None) -> AccessConfig:
        """Read the [access] section (a dict or st.secrets' section); None = defaults."""
        section = dict(section or {})
        groups = {str(name).casefold(): parse_grant(str(value), where=f"[access.groups] {name}")
                  for name, value in dict(section.get("groups") or {}).items()}
        return cls(identity_claim=str(section.get("identity_claim", "email")),
                   groups_claim=str(section.get("groups_claim", "groups")),
                   network_group_prefix=str(section.get("network_group_prefix", "fn-")),
                   contact=str(section.get("contact", "")), groups=groups)


def parse_grant(text: str, *, where: str = "") -> tuple[Role, frozenset[str] | str]:
    """ "netzwerkmanagement:LR-EN,MR-EN" -> (Role, networks); a role alone means all networks
    (it matters only for Netzwerkmanagement)."""
    role_text, _, nets = text.partition(":")
    try:
        role = Role(role_text.strip().casefold())
    except ValueError:
        raise AccessConfigError(f"{where}: unbekannte Rolle „{role_text}“; möglich: "
                                f"{', '.join(r.value for r in Role)}.") from None
    names = [n.strip() for n in nets.split(",") if n.strip()]
    if not names or ALL in names:
        return role, ALL
    return role, frozenset(names)


def network_aliases(networks: Iterable[Any]) -> dict[str, str]:
    """Alias (casefolded) -> network code: the code itself and "<Revier>-<Schwerpunkt>"."""
    aliases: dict[str, str] = {}
    for n in networks:
        aliases[n.code.casefold()] = n.code
        for focus in n.focus_area_codes:
            aliases[f"{n.revier_code}-{focus}".casefold()] = n.code
    return aliases


def _networks(names: frozenset[str] | str, aliases: Mapping[str, str]) -> frozenset[str] | str:
    if names == ALL:
        return ALL
    return frozenset(aliases.get(n.casefold(), n) for n in names)


def from_claims(claims: Mapping[str, Any], config: AccessConfig,
                aliases: Mapping[str, str]) -> Actor | None:
    """The actor the groups in `claims` grant, or None when no group maps to a role."""
    identity = identity_of(claims, config)
    raw = claims.get(config.groups_claim) or ()
    groups = [raw] if isinstance(raw, str) else [str(g) for g in raw]
    grants: list[tuple[Role, frozenset[str] | str]] = []
    prefix = config.network_group_prefix.casefold()
    for group in groups:
        key = group.casefold()
        if key in config.groups:
            grants.append(config.groups[key])
        elif prefix and key.startswith(prefix) and key[len(prefix):] in aliases:
            grants.append((Role.NETZWERKMANAGEMENT, frozenset({aliases[key[len(prefix):]]})))
    if not identity or not grants:
        return None
    return Actor(identity, *combine(grants, aliases), source="oidc")


def combine(grants: list[tuple[Role, frozenset[str] | str]], aliases: Mapping[str, str]
            ) -> tuple[Role, frozenset[str] | str]:
    role = max((r for r, _ in grants), key=RANK.__getitem__)
    if role is not Role.NETZWERKMANAGEMENT:
        return role, ALL
    scopes = [_networks(n, aliases) for r, n in grants if r is Role.NETZWERKMANAGEMENT]
    if ALL in scopes:
        return role, ALL
    return role, frozenset().union(*scopes)


def identity_of(claims: Mapping[str, Any], config: AccessConfig) -> str | None:
    value = claims.get(config.identity_claim) or claims.get("email") or claims.get("sub")
    return str(value).strip() if value else None


def from_table(identity: str | None, row: Mapping[str, Any] | None) -> Actor | None:
    """The actor of a user-table row (email, role, networks, active), or None."""
    if not identity or not row or not row.get("active", True):
        return None
    try:
        role = Role(str(row["role"]))
    except ValueError:
        return None
    nets = list(row.get("networks") if row.get("networks") is not None else [])
    scope = ALL if (role is not Role.NETZWERKMANAGEMENT or ALL in nets) else frozenset(nets)
    return Actor(identity, role, scope, source="table")


def resolve(claims: Mapping[str, Any], config: AccessConfig, aliases: Mapping[str, str],
            lookup) -> Actor | None:
    """Claims first; else the user table (`lookup(identity)` -> row or None); else None."""
    actor = from_claims(claims, config, aliases)
    if actor is not None:
        return actor
    identity = identity_of(claims, config)
    return from_table(identity, lookup(identity) if identity else None)
