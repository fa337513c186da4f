"""Role and Actor: who acts, in which role, for which Fachnetzwerke, known from where."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

ALL = "*"  # scope: every Fachnetzwerk
Scope = frozenset[str] | Literal["*"]
Source = Literal["oidc", "table", "local", "cli"]
LOCAL_IDENTITY = "lokal (ohne Anmeldung)"


class Role(StrEnum):
    """The four roles of issue 12; the value is what configuration and the user table hold."""

    LEITUNG = "leitung"
    NETZWERKMANAGEMENT = "netzwerkmanagement"
    MODERATION = "moderation"
    ADMINISTRATION = "administration"

    @property
    def label(self) -> str:
        return {"leitung": "Leitung", "netzwerkmanagement": "Netzwerkmanagement",
                "moderation": "Moderation", "administration": "Administration"}[self.value]


# when several groups give several roles, the one with the most rights wins
RANK = {Role.MODERATION: 0, Role.LEITUNG: 1, Role.NETZWERKMANAGEMENT: 2, Role.ADMINISTRATION: 3}


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved identity. `networks` is a set of Fachnetzwerk codes or ALL."""

    identity: str
    role: Role
    networks: Scope
    source: Source

    def covers(self, network: str | None) -> bool:
        """True when `network` lies in this actor's scope (None: no network named)."""
        if self.networks == ALL:
            return True
        return network is not None and network in self.networks

    @property
    def scope_label(self) -> str:
        from dashboard.texts import t

        return t("access.scope.all") if self.networks == ALL else ", ".join(sorted(self.networks))

    @classmethod
    def local(cls) -> Actor:
        """Single-user mode without [auth]: full rights (the page shows a banner)."""
        return cls(LOCAL_IDENTITY, Role.ADMINISTRATION, ALL, "local")

    @classmethod
    def cli(cls, os_user: str | None = None) -> Actor:
        """The operating-system user who runs the CLI (and owns the database file)."""
        if os_user is None:
            try:
                os_user = getpass.getuser()
            except (KeyError, OSError):
                os_user = "unbekannt"
        return cls(f"cli:{os_user}", Role.ADMINISTRATION, ALL, "cli")

    def to_json(self) -> dict:
        return {"identity": self.identity, "role": self.role.value, "source": self.source,
                "networks": ALL if self.networks == ALL else sorted(self.networks)}

    @classmethod
    def from_json(cls, data: dict) -> Actor:
        networks = data.get("networks", ())
        return cls(str(data["identity"]), Role(data["role"]),
                   ALL if networks == ALL else frozenset(networks), data.get("source", "cli"))


def actor_of(actor: Actor | None, user: str) -> Actor:
    """The acting person; callers that pass none (tests, old code paths) act as the CLI does:
    Administration under the given name."""
    return actor if actor is not None else Actor(user, Role.ADMINISTRATION, ALL, "cli")


def acting(actor: Actor | str) -> Actor:
    """The acting person of a service call: an Actor as given, a bare name as actor_of makes it
    (the CLI's Administration)."""
    return actor if isinstance(actor, Actor) else actor_of(None, str(actor).strip())


def scope_of(actor: Actor) -> frozenset[str] | None:
    """The Fachnetzwerke an actor may touch; None for all."""
    return None if actor.networks == ALL else frozenset(actor.networks)


def cli_actor(request: dict) -> Actor:
    """The actor of a command-line request, run here or handed to the app over its socket: the
    CLI's operating-system user, who owns the database (the socket only accepts the app's own
    uid). Only the name travels; the role never does."""
    name = str(request.get("actor") or "")
    return Actor.cli(name.removeprefix("cli:") if name.startswith("cli:") else None)
