"""Planted overlaps in the demo data, with their ground truth (kept out of the project table):

- near-duplicates ('dublette'): one project entered twice, re-worded title and description, a
  spelling variant of the sponsor, amounts and dates a little apart, half of them in another
  Fachnetzwerk of the same Revier (the same project in two networks);
- related projects ('verwandt'): a second sponsor's project that refers to the first one's
  subject and place, in the same or a neighbouring district, often in another Land or network;
- decoys ('standard'): the same standard measure (a trade-fair stand, an energy award) applied
  for by several unrelated sponsors; a good queue keeps them out of its top list.

Works on the generator's column arrays in place (numpy, vectorised where it matters)."""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from dashboard.demo import texts
from dashboard.domain.taxonomy import Taxonomy
from dashboard.matching.normalise import sponsor_key

DUPLICATE_SHARE = 0.03   # pairs per project
RELATED_SHARE = 0.03
DECOY_GROUP_SHARE = 0.0075  # groups of 4-7 projects per project
MIN_SIZE = 60            # smaller data sets get no planted overlaps

_SPONSOR_VARIANTS = (
    (r"^Stadt (.+)$", r"Große Kreisstadt \1"), (r"^Gemeinde (.+)$", r"Gemeindeverwaltung \1"),
    (r"^Landkreis (.+)$", r"Landratsamt \1"), (r" GmbH & Co\. KG$", " GmbH & Co KG"),
    (r" gGmbH$", " GmbH"), (r" GmbH$", " gGmbH"), (r" e\. V\.$", " e.V."), (r" AG$", " Aktiengesellschaft"),
    (r"^Fraunhofer-Institut", "Fraunhofer Institut"), (r"^Universität (.+)$", r"Universität \1 (Institut für Energietechnik)"),
)


def sponsor_variant(name: str) -> str:
    """Another way the same sponsor is spelt ("Stadt Borna" -> "Große Kreisstadt Borna")."""
    for pattern, replacement in _SPONSOR_VARIANTS:
        if re.search(pattern, name):
            return re.sub(pattern, replacement, name, count=1)
    return name.replace("-", " ") if "-" in name else name.upper() if len(name) < 12 else name


def reword_title(title: str, rng: np.random.Generator) -> str:
    """The same project under a re-worded title: another word for its step, reordered, a typo."""
    step, _, rest = title.partition(": ")
    step = texts.SYNONYMS.get(step, step)
    subject, _, place = rest.rpartition(" in ")
    variant = int(rng.integers(3))
    if variant == 0:
        out = f"{subject} {place} – {step}"
    elif variant == 1:
        out = f"{step} {subject} am Standort {place}"
    else:
        out = f"{place}: {step} {subject}"
    letters = [i for i in range(3, len(out) - 2) if out[i:i + 2].isalpha()]
    if rng.random() < 0.5 and letters:  # a typo: two letters swapped
        i = letters[int(rng.integers(len(letters)))]
        out = out[:i] + out[i + 1] + out[i] + out[i + 2:]
    return out


def reword_description(description: str, rng: np.random.Generator) -> str:
    """Sentences reordered and one further detail, as a second author would write it."""
    sentences = [s.strip() for s in description.split(". ") if s.strip()]
    rng.shuffle(sentences)
    extra = texts.DETAILS[int(rng.integers(len(texts.DETAILS)))].format(n=int(rng.integers(5, 60)))
    return ". ".join(s.rstrip(".") for s in sentences) + ". " + extra


def plant(cols: dict[str, np.ndarray], taxonomy: Taxonomy, rng: np.random.Generator,
          subject_of: np.ndarray, sponsor_for: Callable[[str, str, str], str]) -> pd.DataFrame:
    """Overwrite some rows of `cols` with planted overlaps; returns the ground truth as row
    pairs (row_a, row_b, kind) with kind 'dublette', 'verwandt' or 'standard'.
    `sponsor_for(sponsor_type, municipality, district_code)` names a sponsor for a moved row."""
    n = len(cols["title"])
    if n < MIN_SIZE:
        return pd.DataFrame({"row_a": pd.Series(dtype=int), "row_b": pd.Series(dtype=int),
                             "kind": pd.Series(dtype=object)})
    order = rng.permutation(n)
    taken = np.zeros(n, dtype=bool)
    first = [0]  # order[:first] are all taken
    truth: list[tuple[int, int, str]] = []
    districts = {d.code: d for d in taxonomy.districts}
    by_revier = {r.code: [d.code for d in taxonomy.districts if d.revier_code == r.code]
                 for r in taxonomy.reviere}
    fa_codes = [f.code for f in taxonomy.focus_areas]

    def take(condition=lambda i: True) -> int | None:
        for pos in range(first[0], n):
            i = int(order[pos])
            if not taken[i] and condition(i):
                taken[i] = True
                while first[0] < n and taken[order[first[0]]]:
                    first[0] += 1
                return i
        return None

    def copy_place(src: int, dst: int) -> None:
        for col in ("revier_code", "district_code", "municipality"):
            cols[col][dst] = cols[col][src]

    for _ in range(max(1, round(n * DUPLICATE_SHARE))):
        o = take(lambda i: cols["sponsor"][i] is not None)
        d = take()
        if o is None or d is None:
            break
        copy_place(o, d)
        cols["focus_area_code"][d] = cols["focus_area_code"][o]
        if rng.random() < 0.5:  # the same project in two networks
            others = [c for c in fa_codes if c != cols["focus_area_code"][o]]
            cols["focus_area_code"][d] = others[int(rng.integers(len(others)))]
        cols["title"][d] = reword_title(cols["title"][o], rng)
        cols["description"][d] = reword_description(cols["description"][o], rng)
        cols["sponsor"][d] = sponsor_variant(cols["sponsor"][o])
        cols["sponsor_type"][d] = cols["sponsor_type"][o]
        cols["mission_code"][d] = cols["mission_code"][o]
        cols["further_missions"][d] = list(cols["further_missions"][o])
        factor = rng.uniform(0.93, 1.07)  # one factor: requested stays below total cost
        for col in ("total_cost_eur", "requested_eur"):
            if not np.isnan(cols[col][o]):
                cols[col][d] = np.round(cols[col][o] * factor, -2)
        if not np.isnan(cols["requested_eur"][d]) and not np.isnan(cols["total_cost_eur"][d]):
            cols["requested_eur"][d] = min(cols["requested_eur"][d], cols["total_cost_eur"][d])
        if not np.isnan(cols["granted_eur"][d]) and not np.isnan(cols["requested_eur"][d]):
            cols["granted_eur"][d] = np.round(cols["requested_eur"][d] * rng.uniform(0.85, 1.0), -2)
        shift = pd.Timedelta(days=int(rng.integers(-60, 60)))
        for col in ("start_date", "end_date"):
            cols[col][d] = (pd.Timestamp(cols[col][o]) + shift).date()
        truth.append((o, d, "dublette"))

    # what each sponsor and each place already works on: a companion must not run into a third
    # project on the same subject by chance (that pair would be related, but not in the truth)
    subjects_of_sponsor: dict[str, set[str]] = {}
    subjects_at: dict[str, set[str]] = {}
    for i in range(n):
        subjects_of_sponsor.setdefault(sponsor_key(cols["sponsor"][i]), set()).add(subject_of[i])
        subjects_at.setdefault(cols["municipality"][i], set()).add(subject_of[i])

    for _ in range(max(1, round(n * RELATED_SHARE))):
        o = take()
        r = take()
        if o is None or r is None:
            break
        subject = subject_of[o]
        place = cols["municipality"][o]
        revier = cols["revier_code"][o]
        home = cols["district_code"][o]
        district, town = home, place
        if rng.random() < 0.5:  # next door, preferably across a Land border
            land = districts[home].bundesland_code
            abroad = [c for c in by_revier[revier] if districts[c].bundesland_code != land]
            pool = abroad or [c for c in by_revier[revier] if c != home] or [home]
            district = pool[int(rng.integers(len(pool)))]
            towns = [t for t in _places(district, districts) if subject not in subjects_at.get(t, ())]
            if towns:
                town = towns[int(rng.integers(len(towns)))]
            else:
                district = home
        cols["revier_code"][r] = revier
        cols["district_code"][r] = district
        cols["municipality"][r] = town
        o_key = sponsor_key(cols["sponsor"][o])
        for attempt in range(20):
            kind = cols["sponsor_type"][r] if attempt < 10 else "SONST"
            name = sponsor_for(kind, town, district)
            key = sponsor_key(name)
            if key != o_key and subject not in subjects_of_sponsor.get(key, ()):
                break
        cols["sponsor_type"][r], cols["sponsor"][r] = kind, name
        subjects_of_sponsor.setdefault(key, set()).add(subject)
        subjects_at.setdefault(town, set()).add(subject)
        subject_of[r] = subject
        pattern = texts.COMPANIONS[int(rng.integers(len(texts.COMPANIONS)))]
        cols["title"][r] = pattern.format(subject=subject, ort=place)
        cols["description"][r] = (
            f"Das Vorhaben ergänzt das Projekt {subject} in {place} und "
            f"{texts.PURPOSES[cols['focus_area_code'][r]][int(rng.integers(3))]}. "
            + texts.DETAILS[int(rng.integers(len(texts.DETAILS)))].format(n=int(rng.integers(5, 60))))
        start = pd.Timestamp(cols["start_date"][o]) + pd.Timedelta(days=int(rng.integers(0, 200)))
        cols["start_date"][r] = start.date()
        cols["end_date"][r] = (start + pd.Timedelta(days=int(rng.integers(400, 1200)))).date()
        truth.append((o, r, "verwandt"))

    for g in range(max(1, round(n * DECOY_GROUP_SHARE))):
        title, description = texts.STANDARD_MEASURES[g % len(texts.STANDARD_MEASURES)]
        year = 2022 + g // len(texts.STANDARD_MEASURES) % 5
        members: list[int] = []
        keys: set[str] = set()
        for _ in range(int(rng.integers(4, 8))):
            m = take(lambda i, keys=keys: sponsor_key(cols["sponsor"][i]) not in keys)
            if m is None:
                break
            members.append(m)
            keys.add(sponsor_key(cols["sponsor"][m]))
            cols["title"][m] = title.format(year=year)
            cols["description"][m] = description
        truth += [(a, b, "standard") for i, a in enumerate(members) for b in members[i + 1:]]

    return pd.DataFrame(truth, columns=["row_a", "row_b", "kind"])


def _places(district: str, districts: dict) -> list[str]:
    from dashboard.demo.vocabulary import MUNICIPALITIES

    return MUNICIPALITIES.get(district, [districts[district].name])
