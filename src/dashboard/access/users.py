"""The user table (e-mail -> role, Fachnetzwerke) kept by administrators in the app; every
change is audited with before and after."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from dashboard.access.model import ALL, Actor, Role
from dashboard.access.policy import require
from dashboard.audit import append
from dashboard.store.gateway import Database, DatabaseError, named_sql

COLUMNS = ["email", "role", "networks", "active", "note", "updated_at", "updated_by"]


class UserError(ValueError):
    """An entry that cannot be saved (German message)."""


def lookup(db: Database, identity: str) -> dict[str, Any] | None:
    """The table row of an identity (e-mail, case-insensitive), or None."""
    try:
        row = db.query("access_user_get", [identity.strip().casefold()]).first()
    except DatabaseError:
        return None
    except Exception as exc:  # a database without migration 005 has no table
        if "access_user" in str(exc):
            return None
        raise
    if row is not None:
        row["networks"] = list(row["networks"]) if row["networks"] is not None else []
    return row


def list_users(db: Database) -> pd.DataFrame:
    return db.query("access_user_list").df.reindex(columns=COLUMNS)


def save_user(db: Database, actor: Actor, email: str, role: str, networks: Iterable[str],
              known_networks: Iterable[str], *, active: bool = True, note: str | None = None,
              where: str = "page:administration") -> None:
    """Insert or replace one user (Administration only)."""
    require(actor, "manage_users")
    email = email.strip().casefold()
    if "@" not in email or len(email) > 254 or any(c.isspace() for c in email):
        raise UserError(f"„{email}“ ist keine gültige E-Mail-Adresse.")
    try:
        role_value = Role(role)
    except ValueError:
        raise UserError(f"Unbekannte Rolle „{role}“.") from None
    nets = sorted(set(networks))
    unknown = [n for n in nets if n != ALL and n not in set(known_networks)]
    if unknown:
        raise UserError(f"Unbekannte Fachnetzwerke: {', '.join(unknown)}.")
    if role_value is Role.NETZWERKMANAGEMENT and not nets:
        raise UserError("Für Netzwerkmanagement bitte mindestens ein Fachnetzwerk wählen.")
    if role_value is not Role.NETZWERKMANAGEMENT:
        nets = [ALL]
    before = lookup(db, email)
    after = {"email": email, "role": role_value.value, "networks": nets, "active": bool(active)}
    with db.transaction() as cur:
        cur.execute(named_sql("access_user_put"), [email, role_value.value, nets, bool(active), note,
                                              actor.identity])
        append(cur, actor, "user", {"email": email, "before": _short(before), "after": after},
               where, [n for n in nets if n != ALL])


def remove_user(db: Database, actor: Actor, email: str, *,
                where: str = "page:administration") -> bool:
    require(actor, "manage_users")
    before = lookup(db, email)
    if before is None:
        return False
    with db.transaction() as cur:
        cur.execute(named_sql("access_user_delete"), [before["email"]])
        append(cur, actor, "user", {"email": before["email"], "before": _short(before),
                                    "after": None}, where)
    return True


def _short(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {"email": row["email"], "role": row["role"], "networks": list(row["networks"]),
            "active": bool(row["active"])}
