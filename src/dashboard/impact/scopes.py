"""What a target can be set for: the scopes and their codes as the reference data names them,
and the check that a (scope, code) exists before a target is kept for it."""

from __future__ import annotations

from dashboard.domain.taxonomy import Taxonomy
from dashboard.store.gateway import Database

# scope -> (taxonomy collection, the attribute people know it by)
_SOURCES = {"revier": ("reviere", "name"), "land": ("bundeslaender", "name"),
            "focus_area": ("focus_areas", "name"), "mission": ("missions", "short_name"),
            "programme": ("programmes", "name"), "invkg_area": ("invkg_areas", "short_name")}


def scope_names(taxonomy: Taxonomy, whole: str = "gesamt") -> dict[tuple[str, str | None], str]:
    """(scope, code) -> the name people know ('Lausitzer Revier', 'Digitalisierung');
    `whole` names the scope "gesamt" (the caller's language)."""
    names: dict[tuple[str, str | None], str] = {("gesamt", None): whole}
    for scope, (items, attr) in _SOURCES.items():
        names.update({(scope, x.code): getattr(x, attr) for x in getattr(taxonomy, items)})
    return names


def scope_choices(db: Database, taxonomy: Taxonomy | None = None
                  ) -> dict[str, dict[str | None, str]]:
    """scope -> {code: name} for every scope but "project" (a project is named by its key)."""
    from dashboard.store.reference import read_taxonomy

    choices: dict[str, dict[str | None, str]] = {}
    for (scope, code), name in scope_names(taxonomy or read_taxonomy(db)).items():
        choices.setdefault(scope, {})[code] = name
    return choices


def unknown_scope(db: Database, scope: str, code: str | None) -> str | None:
    """A German sentence when no such scope exists, else None."""
    if scope == "project":
        if db.query("SELECT 1 FROM project WHERE project_id = ?", [code]).first() is None:
            return f"Ein Projekt „{code}“ ist nicht gespeichert."
        return None
    if scope == "gesamt":
        return None
    if code not in scope_choices(db).get(scope, {}):
        return f"„{code}“ ist kein Code des Bereichs „{scope}“ in den Referenzdaten."
    return None
