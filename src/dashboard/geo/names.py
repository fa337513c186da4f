"""Tolerant place names: one key for "Görlitz", "Goerlitz" and "GÖRLITZ", the base of
"Halle (Saale)" or "Boxberg/O.L.", and the district designations of official lists
("Leipzig, Kreisfreie Stadt", "Landkreis Leipzig")."""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# what follows the base name of a municipality: "Halle (Saale)", "Boxberg/O.L.",
# "Herzberg am Harz", "Neustadt a.d. Donau", "Rothenburg ob der Tauber"
_SUFFIX = re.compile(r"\s*(\(|/|,)|\s+(am|an der|an|in|im|ob der|bei|a\.\s?d\.|i\.)\s", re.IGNORECASE)
_PREFIX = re.compile(r"^(lutherstadt|hansestadt|universitaetsstadt|stadt|gemeinde|markt)\s+")
CITY = ("Kreisfreie Stadt", "Stadtkreis")
RURAL = ("Landkreis", "Kreis")
# designations of a district before or after its name; value: the VG5000 kinds it allows
_DESIGNATIONS = (
    (re.compile(r"^(?:kreisfreie stadt|stadtkreis)\s+(?P<name>.+)$"), CITY),
    (re.compile(r"^(?P<name>.+?),?\s+(?:kreisfreie stadt|stadtkreis)$"), CITY),
    (re.compile(r"^(?P<name>.+?),\s+stadt$"), CITY),  # GeoNames: "Jena, Stadt"
    (re.compile(r"^(?:landkreis|kreis)\s+(?P<name>.+)$"), RURAL),
    (re.compile(r"^(?P<name>.+?),?\s+(?:landkreis|kreis)$"), RURAL),
)


# what a municipality is called besides its name: "Herzberg (Elster), Stadt", "Stadt Mittenwalde",
# "Leipzig (Stadt)"; the BEZ of VG5000 (Stadt, Gemeinde) it asks for
_MUNICIPAL = re.compile(r"^(?:(?P<pre>stadt|gemeinde)\s+(?P<a>.+)"
                        r"|(?P<b>.+?)(?:\s*,\s*|\s+\()(?P<post>stadt|gemeinde)\)?)$",
                        re.IGNORECASE)


def municipal_designation(name: str) -> tuple[str, str] | None:
    """("Herzberg (Elster)", "Stadt") for "Herzberg (Elster), Stadt" or "Stadt Herzberg
    (Elster)"; None when the name carries no such word."""
    match = _MUNICIPAL.match(re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name)).strip())
    if not match:
        return None
    kind = (match.group("pre") or match.group("post")).capitalize()
    return (match.group("a") or match.group("b")).strip(), kind


def official_forms(name: str, bez: str) -> list[str]:
    """The ways official lists and people write a district of VG5000 (GEN `name`, BEZ `bez`):
    "Leipzig, Stadt", "Stadt Leipzig", "Leipzig (Stadt)", "Kreisfreie Stadt Leipzig",
    "Landkreis Leipzig", "Leipzig, Landkreis", "LK Leipzig", "Lkr. Leipzig", "Halle/Saale"."""
    forms = [name, f"{bez} {name}", f"{name}, {bez}", f"{name} ({bez})"]
    if bez in CITY:
        forms += [f"{name}, Stadt", f"Stadt {name}", f"{name} (Stadt)", f"Kreisfreie Stadt {name}",
                  f"{name}, Kreisfreie Stadt", f"{name}, kreisfreie Stadt"]
    else:
        forms += [f"Landkreis {name}", f"{name}, Landkreis", f"Kreis {name}", f"LK {name}",
                  f"Lkr. {name}"]
    if match := re.fullmatch(r"(.+?) \((.+)\)", name):  # "Halle (Saale)": "Halle/Saale"
        base, river = match.groups()
        forms += [f"{base}/{river}", f"{base} an der {river}", f"{base} a. d. {river}"]
    return list(dict.fromkeys(forms))


def key(name: str) -> str:
    """Comparison key: lower case, umlauts spelled out, accents and punctuation dropped,
    "St." = "Sankt"."""
    text = unicodedata.normalize("NFKC", name).strip().lower().translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^st ", "sankt ", text)


def unprefixed_key(name: str) -> str:
    """Key without a leading "Stadt", "Gemeinde", "Lutherstadt" ... ("Stadt Halle (Saale)")."""
    return _PREFIX.sub("", key(name))


def base_key(name: str) -> str:
    """Key of the name without qualifiers: "Halle (Saale)" -> "halle", "Lutherstadt
    Wittenberg" -> "wittenberg", "Herzberg am Harz" -> "herzberg"."""
    return unprefixed_key(_SUFFIX.split(name.strip(), maxsplit=1)[0])


def district_designation(name: str) -> tuple[str, tuple[str, ...]] | None:
    """("leipzig", CITY) for "Leipzig, Kreisfreie Stadt"; ("leipzig", RURAL) for "Landkreis
    Leipzig"; None when the name carries no district designation."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", name)).strip().lower()
    for pattern, kinds in _DESIGNATIONS:
        match = pattern.match(text)
        if match:
            return key(match.group("name")), kinds
    return None


_POSTCODE = re.compile(r"^\s*(?:D\s*-\s*)?(\d{4,5})\b\s*(.*)$", re.DOTALL)


def split_postcode(text: str) -> tuple[str | None, str]:
    """"63477 Maintal / Am Kreuzstein 85" -> ("63477", "Maintal / Am Kreuzstein 85")."""
    match = _POSTCODE.match(text)
    if not match:
        return None, text.strip()
    return clean_postcode(match.group(1)), match.group(2).strip()


def clean_postcode(value: object) -> str | None:
    """"7743" -> "07743" (a spreadsheet dropped the zero), 7743.0 -> "07743"; None if it is
    no German postcode."""
    if value is None:
        return None
    text = str(value).strip()
    text = re.sub(r"^D\s*-\s*", "", text, flags=re.IGNORECASE)
    if re.fullmatch(r"\d{4,5}\.0", text):
        text = text[:-2]
    if not re.fullmatch(r"\d{4,5}", text):
        return None
    return text.zfill(5)


def place_variants(place: str) -> list[str]:
    """The place part of a location string, most specific first: the whole text, the part
    before " / " (a street follows) and before the first comma followed by a street."""
    text = re.sub(r"\s+", " ", place).strip(" ,;/")
    variants = [text]
    for sep in (" / ", " - ", ";"):
        if sep in text:
            variants.append(text.split(sep, 1)[0].strip(" ,"))
    if "," in text:
        head, tail = text.split(",", 1)
        if re.search(r"\d", tail) or re.search(r"(stra(ss|ß)e|str\.|weg|platz|allee)", tail, re.IGNORECASE):
            variants.append(head.strip())
    return [v for v in dict.fromkeys(variants) if v]
