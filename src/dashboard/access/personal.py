"""Personal data (DSGVO Art. 5, 25): the contact fields of a project are shown and exported
only to the managers of the project's Fachnetzwerk and to Administration."""

from __future__ import annotations

import pandas as pd

from dashboard.access.model import ALL, Actor
from dashboard.access.policy import may

PERSONAL_FIELDS = ("contact",)  # Ansprechpartner (name, e-mail, telephone as typed)


def network_of(taxonomy, revier_code: object, focus_area_code: object) -> str | None:
    if not isinstance(revier_code, str) or not isinstance(focus_area_code, str):
        return None
    found = taxonomy.network_for(revier_code, focus_area_code)
    return found.code if found else None


def may_see(actor: Actor | None, taxonomy, revier_code: object, focus_area_code: object) -> bool:
    if actor is None:
        return False
    if actor.networks == ALL:
        return may(actor, "see_personal")
    network = network_of(taxonomy, revier_code, focus_area_code)
    return network is not None and may(actor, "see_personal", network)


def contact_scope(actor: Actor | None, taxonomy) -> frozenset[str] | str:
    """Whose contact fields `actor` may see: ALL (every project, with or without network) or
    the codes of the Fachnetzwerke it may see them for (empty: none). The same rule as may_see,
    in a form a query can apply (the API's role view)."""
    if actor is None:
        return frozenset()
    if actor.networks == ALL and may(actor, "see_personal"):
        return ALL
    return frozenset(n.code for n in taxonomy.networks if may(actor, "see_personal", n.code))


def redact(frame: pd.DataFrame, actor: Actor | None, taxonomy) -> pd.DataFrame:
    """The frame with personal fields emptied in every row the actor may not see (a copy)."""
    present = [f for f in PERSONAL_FIELDS if f in frame.columns]
    if not present or frame.empty:
        return frame
    if actor is not None and actor.networks == ALL and may(actor, "see_personal"):
        return frame
    allowed = [may_see(actor, taxonomy, r, f) for r, f in
               zip(frame["revier_code"], frame["focus_area_code"], strict=True)]
    out = frame.copy()
    hide = ~pd.Series(allowed, index=frame.index, dtype=bool)
    for column in present:
        out[column] = out[column].astype(object).where(~hide, None)
    return out
