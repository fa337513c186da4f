"""Natural persons among the beneficiaries (sole traders, farmers) are personal data: their
names are kept for the roles that need them and hidden everywhere else (briefings, exports,
anything public). `personal_fields()` names the fields, `hide_personal(df)` is the one way
to hide them; `is_natural_person` is the heuristic that marks such rows on reading."""

from __future__ import annotations

import re

import pandas as pd

from dashboard.matching.normalise import fold

HIDDEN = "natürliche Person (Name nicht angezeigt)"
# words that show a legal person or public body (compared on matching.normalise.fold)
_BODY = re.compile(
    r"\b(gmbh|ggmbh|mbh|ag|kg|kgaa|ohg|gbr|ug|se|eg|ev|e v|verein|verband|zweckverband|stiftung|"
    r"stadt|gemeinde|landkreis|kreis|amt|land|freistaat|hauptstadt|landeshauptstadt|kreisstadt|hansestadt|"
    r"lutherstadt|universitaetsstadt|bergstadt|kurstadt|ministerium|landesamt|bundesamt|behoerde|"
    r"universitaet|hochschule|institut|fraunhofer|helmholtz|leibniz|akademie|schule|klinik|"
    r"klinikum|krankenhaus|kirche|kirchgemeinde|diakonie|caritas|bank|sparkasse|gesellschaft|"
    r"genossenschaft|werk|werke|stadtwerke|holding|group|gruppe|partner|partnerschaft|mbb|"
    r"unternehmen|zentrum|centrum|center|agentur|kammer|ihk|hwk|bildungswerk|netzwerk|cluster|"
    r"ltd|inc|llc|sa|sarl|bv|nv|aoer|koer|kdoer|anstalt|betrieb|eigenbetrieb|verwaltung)\b")
_SOLE_TRADER = re.compile(r"\b(e\s?k|e\s?kfm|e\s?kfr|inh|inhaber|inhaberin)\b")
_NAME = re.compile(r"^(?:(?i:dr|prof|dipl|ing)\.?\s+)*[A-ZÄÖÜ][a-zäöüß'\-]+(?:,?\s+[A-ZÄÖÜ][a-zäöüß'\-]+){1,3}$")


def personal_fields() -> list[str]:
    """The fields of an operation that may name a natural person."""
    return ["beneficiary"]


def is_natural_person(name: object) -> bool:
    """True for "Müller, Hans", "Dr. Anna Schmidt", "Hans Müller e.K.", "Inh. Jana Berg":
    a name of two to four capitalised words without any word of a legal person or body."""
    if not isinstance(name, str) or not name.strip():
        return False
    folded = fold(name)
    if _SOLE_TRADER.search(folded):
        return True
    if _BODY.search(folded):
        return False
    return bool(_NAME.match(" ".join(name.split())))


def hide_personal(df: pd.DataFrame, flag: str = "natural_person") -> pd.DataFrame:
    """A copy of `df` whose personal fields read HIDDEN on rows of natural persons (rows
    without the flag column count as natural persons: nothing unchecked leaves)."""
    out = df.copy()
    marked = out[flag].fillna(True).astype(bool) if flag in out else pd.Series(True, index=out.index)
    for col in personal_fields():
        if col in out:
            out[col] = out[col].astype(object).where(~marked, HIDDEN)
    return out
