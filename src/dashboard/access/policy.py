"""may(actor, action, network) and require(...): the one place that decides. Deny by default:
an unknown action, no actor, or a network outside the scope is refused."""

from __future__ import annotations

from dashboard.access.model import Actor, Role

# action -> roles allowed; "scoped" actions also need the network in the actor's scope
ACTIONS: dict[str, tuple[frozenset[Role], bool]] = {
    "read": (frozenset(Role), False),
    "import": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), True),
    "undo": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), True),
    "export_contacts": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), True),
    "see_personal": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), True),
    "read_audit": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), True),
    # Vernetzung decisions mark duplicates across networks: people who maintain data, unscoped
    "decide_pairs": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), False),
    # a remembered import decision (value alias) belongs to one network: its managers decide
    "remember_alias": (frozenset({Role.NETZWERKMANAGEMENT, Role.ADMINISTRATION}), True),
    "edit_reference": (frozenset({Role.ADMINISTRATION}), False),
    # official EU/JTF lists cover a whole Land, not one network: Administration imports them
    "import_lists": (frozenset({Role.ADMINISTRATION}), False),
    "edit_settings": (frozenset({Role.ADMINISTRATION}), False),
    "manage_users": (frozenset({Role.ADMINISTRATION}), False),
}


class PermissionDenied(PermissionError):
    """Refused by the policy; the message (in the run's language) names action and scope."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def may(actor: Actor | None, action: str, network: str | None = None) -> bool:
    """True when `actor` may do `action` (for `network`, when the action is scoped). A scoped
    action without a network asks "for at least one network" (e.g. may the Import page open)."""
    if actor is None or action not in ACTIONS:
        return False
    roles, scoped = ACTIONS[action]
    if actor.role not in roles:
        return False
    if not scoped:
        return True
    if network is None:  # "for at least one network"
        return actor.networks == "*" or bool(actor.networks)
    return actor.covers(network)


def require(actor: Actor | None, action: str, network: str | None = None) -> None:
    """Raise PermissionDenied (a sentence in the run's language) unless may(actor, action,
    network)."""
    if may(actor, action, network):
        return
    from dashboard.texts import t

    what = t(f"access.action.{action}") if action in ACTIONS else action
    if actor is None:
        raise PermissionDenied(t("access.policy.no_role", what=what))
    if network is not None and actor.role in ACTIONS.get(action, (frozenset(), False))[0]:
        raise PermissionDenied(t("access.policy.outside", network=network,
                                 scope=actor.scope_label))
    raise PermissionDenied(t("access.policy.role", what=what, role=actor.role.label))
