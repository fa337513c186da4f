"""Who may do what: roles per Fachnetzwerk, resolved from OIDC claims or the user table, and
the policy every write and every personal field goes through. No Streamlit here."""

from dashboard.access.model import ALL, Actor, Role, acting, actor_of, cli_actor, scope_of
from dashboard.access.policy import ACTIONS, PermissionDenied, may, require

__all__ = ["ACTIONS", "ALL", "Actor", "PermissionDenied", "Role", "acting", "actor_of", "cli_actor",
           "may", "require", "scope_of"]
