"""What an API caller sees: the public part, or the view of its role. The rules are those of
dashboard.access (may, personal.contact_scope), the same the pages follow; nothing here adds
a rule of its own.

- public (no token): projects from "Bewilligt" on, no contact fields, no project of a network
  that opted out of open data;
- a role (valid token, role from claims or user table): what its pages show, i.e. every stage
  and every network (reading is allowed to every role), and the contact field where access
  allows it (the owning network's managers, Administration), empty elsewhere."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.access import ALL, Actor, may
from dashboard.access.personal import contact_scope


@dataclass(frozen=True)
class ApiView:
    """granted_only / without_opted_out: the public restrictions; contact: None = no contact
    column, ALL or the network codes whose contacts the column shows."""

    granted_only: bool
    without_opted_out: bool
    contact: frozenset[str] | str | None
    role: str | None = None
    networks: tuple[str, ...] | str | None = None

    @property
    def public(self) -> bool:
        return self.role is None

    @property
    def key(self) -> tuple:
        """What the answers of this view depend on (the answer cache key)."""
        contact = self.contact if self.contact in (None, ALL) else tuple(sorted(self.contact))
        return (self.granted_only, self.without_opted_out, contact, self.role, self.networks)

    def describe(self) -> dict | None:
        """The `sicht` of a role answer (None for the public answer, which has none)."""
        if self.public:
            return None
        return {"rolle": self.role, "fachnetzwerke": self.networks,
                "kontakt_fachnetzwerke": (ALL if self.contact == ALL
                                          else sorted(self.contact or ()))}


PUBLIC = ApiView(granted_only=True, without_opted_out=True, contact=None)


def view_for(actor: Actor | None, taxonomy) -> ApiView:
    """The view of `actor` (None: the public view)."""
    if actor is None or not may(actor, "read"):
        return PUBLIC
    return ApiView(granted_only=False, without_opted_out=False,
                   contact=contact_scope(actor, taxonomy), role=actor.role.value,
                   networks=ALL if actor.networks == ALL else tuple(sorted(actor.networks)))
