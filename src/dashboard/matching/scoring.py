"""From signals to a score and to reasons in words.

score = text x (BASE + ANCHOR x anchor + SUPPORT x support), each part in [0, 1]:
- text: the mean of the TF-IDF cosine (title + description) and the title similarity, plus a
  little for each rare word both share (up to two; a place name counts only as the other's
  municipality named beside another shared word: a reference to it); cut to a
  third for a standard measure (a title that several other sponsors use too) unless the sponsor
  is the same or similar: that is how the trade-fair stands stop flooding the queue;
- anchor: what ties the two to one undertaking: the same sponsor (a similar spelling counts
  less), the same municipality or one text naming the other's municipality, less for the same
  district only. The same kind of project elsewhere by someone else is not an overlap;
- support: same focus area or mission, overlapping periods, similar amounts (mean of the three).
Without text in common nothing scores: structure alone (one city's two projects) is no overlap.
Weights are parameters, so the official-lists reconciliation can set its own.

The kind of a pair (issue 20, DOMAIN.md) decides its queue and its score:
- dublette: the same or a related sponsor (normal form, short forms written out) - the score
  above;
- standard: other sponsors, and both projects have several partners of other sponsors with an
  (almost) equal title or a close text (a trade-fair stand, an energy award) - not an overlap;
- parallel: other sponsors, the same specific idea: cosine x (parallel_base + parallel_specific
  per specific word both texts share + parallel_title per specific word of both subjects, a
  subject being the title and its concepts; each up to two), or the score above when a place
  ties them."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class Weights:
    """How much each signal counts (base + anchor + support = 1)."""

    base: float = 0.2              # what text evidence alone is worth
    anchor: float = 0.7
    support: float = 0.1
    sponsor_similar: float = 0.8   # anchor of a similar (not equal) sponsor spelling
    district: float = 0.1          # anchor of the same district (other municipality)
    sponsor_projects: int = 5      # a sponsor with more projects anchors by 5 / its projects
    term: float = 0.1              # text evidence per shared rare word (not a place name), max 2
    standard_penalty: float = 0.35  # factor on the text evidence of a standard measure
    standard_min: int = 2          # partners with an equal title that make a standard measure
    parallel_base: float = 0.4     # parallel: factor on the cosine without a specific word
    parallel_specific: float = 0.2  # ... and per specific word both texts share (max 2)
    parallel_title: float = 0.2    # ... and per specific word both titles share (max 2): the subject
    parallel_at: float = 0.26      # the idea measure that reaches the queue's threshold
    placed_cosine: float = 0.22    # a place in common counts only with this much text
    specific_evidence: bool = True  # specific words of the whole texts count as shared words


DEFAULT_WEIGHTS = Weights()
# pairs at or above it are in the review queue; chosen on the demo data's planted truth
# (tests/unit/matching/test_quality.py) with seeds 42, 1, 2, 3, 7, 11, 13
DEFAULT_THRESHOLD = 0.4
# per kind: pairs at or above it are in that kind's queue (parallel chosen on the hand-written
# set tests/data/vernetzung; standard measures are listed folded, as "gleichartige Vorhaben")
KIND_THRESHOLDS = {"dublette": DEFAULT_THRESHOLD, "parallel": DEFAULT_THRESHOLD,
                   "standard": DEFAULT_THRESHOLD}
KINDS = tuple(KIND_THRESHOLDS)


def score(pairs: pd.DataFrame, same_title: pd.Series, w: Weights = DEFAULT_WEIGHTS) -> pd.DataFrame:
    """Add `standard_count`, `standard` (bool), `text`, `anchor`, `support` and `score` to signal
    rows. `same_title`: per key the partners of other sponsors with an almost equal title."""
    out = pairs.copy()
    n_a = out["a"].map(same_title).fillna(0).to_numpy()
    n_b = out["b"].map(same_title).fillna(0).to_numpy()
    same_sponsor = out["sponsor_same"].to_numpy(dtype=bool)
    out["standard_count"] = np.minimum(n_a, n_b).astype(int)
    kin = same_sponsor | out["sponsor_similar"].to_numpy(dtype=bool)
    # a place in common ties two projects to one site: not a generic measure
    placed = (out["same_place"] | out["place_named"]).to_numpy(dtype=bool)
    equal_titles = out["title_sim"].to_numpy(dtype=float) >= 0.9
    out["standard"] = (out["standard_count"] >= w.standard_min) & ~kin & (~placed | equal_titles)
    shared = out["shared_count"].to_numpy(dtype=float)
    if w.specific_evidence and "specific_count" in out:
        # a word few texts use, in both texts, is evidence even outside the titles ("Pflegeschule
        # mit Simulationsstation" / "Ausbildungszentrum … mit Simulationsstation")
        shared = np.maximum(shared, out["specific_count"].to_numpy(dtype=float))
    # one text naming the other's municipality and sharing a rare word with it refers to it
    # ("ergänzt das Projekt Testfeld in Eilenburg"): the place counts as one more shared word
    shared = shared + (out["place_named"].to_numpy(dtype=bool) & (shared >= 1))
    text = (out["cosine"].to_numpy(dtype=float) + out["title_sim"].to_numpy(dtype=float)) / 2 \
        + w.term * np.minimum(shared, 2)
    text = np.minimum(text, 1.0)
    text = np.where(out["standard"], text * w.standard_penalty, text)
    # a sponsor with many projects (a university, a big company) ties two projects less
    rarity = np.minimum(1.0, w.sponsor_projects / np.maximum(out["sponsor_projects"].to_numpy(dtype=float), 1))
    anchor = np.maximum.reduce([
        same_sponsor * rarity,
        w.sponsor_similar * out["sponsor_similar"].to_numpy(dtype=float) * rarity,
        (out["same_place"] | out["place_named"]).to_numpy(dtype=float),
        w.district * out["same_district"].to_numpy(dtype=float),
    ])
    support = ((out["same_focus"] | out["same_mission"]).to_numpy(dtype=float)
               + (out["period_overlap"].to_numpy(dtype=float) >= 0.5)
               + (out["amount_ratio"].to_numpy(dtype=float) >= 0.9)) / 3
    out["text"] = text
    out["anchor"] = anchor
    out["support"] = support
    tied = np.clip(text * (w.base + w.anchor * anchor + w.support * support), 0, 1)
    cosine = out["cosine"].to_numpy(dtype=float)
    # other sponsors at one place: the place ties them only with some text in common (the
    # same lake, a cycle path and a solar park on it, are not one idea)
    tied_other = np.where(~placed | (cosine >= w.placed_cosine), tied, 0.0)

    def capped(col: str) -> np.ndarray:
        return np.minimum(out[col].to_numpy(dtype=float), 2) if col in out else np.zeros(len(out))

    idea = cosine * (w.parallel_base + w.parallel_specific * capped("specific_count")
                     + w.parallel_title * capped("title_specific"))
    idea = np.clip(idea * DEFAULT_THRESHOLD / w.parallel_at, 0, 1)  # on the queue's scale
    standard = out["standard"].to_numpy(dtype=bool)
    out["kind"] = np.where(kin, "dublette", np.where(standard, "standard", "parallel"))
    # a standard measure weighs little, as before: its pairs are rarely stored (a group of many
    # sponsors would be stored as all its pairs); the projects keep their count of
    # "gleichartige Vorhaben" (match_doc.same_title)
    out["score"] = np.where(kin | standard, tied, np.maximum(tied_other, idea))
    return out


def reasons(row) -> list[tuple[str, dict]]:
    """The reasons of one scored pair, strongest first, as (text key, values) for dashboard.texts
    (area "vernetzung"): rendered in German by `reason_texts`."""
    out: list[tuple[str, dict]] = []
    many = int(row.get("sponsor_projects") or 0)
    if row["sponsor_same"]:
        out.append(("match.reason.sponsor_many", {"n": many}) if many > DEFAULT_WEIGHTS.sponsor_projects
                   else ("match.reason.sponsor", {}))
    elif row["sponsor_similar"]:
        out.append(("match.reason.sponsor_similar", {}))
    pct = round(100 * float(row["title_sim"]))
    if pct >= 50:
        out.append(("match.reason.title", {"pct": pct}))
    given = row.get("shared_terms")
    terms = [t for t in (given if given is not None else ()) if isinstance(t, str) and t]
    if terms:
        out.append(("match.reason.terms", {"terms": ", ".join(terms)}))
    if not row["sponsor_same"] and not row["sponsor_similar"]:
        out.append(("match.reason.other_sponsors", {}))
        if not row["same_district"] and not row["same_place"]:
            out.append(("match.reason.other_districts", {}))
    if row["same_place"]:
        out.append(("match.reason.place", {}))
    elif row.get("place_named"):
        out.append(("match.reason.place_named", {}))
    elif row["same_district"]:
        out.append(("match.reason.district", {}))
    if row["same_focus"]:
        out.append(("match.reason.focus", {}))
    elif row["same_mission"]:
        out.append(("match.reason.mission", {}))
    if float(row["period_overlap"]) >= 0.5:
        out.append(("match.reason.period", {}))
    if float(row["amount_ratio"]) >= 0.9:
        out.append(("match.reason.amount", {}))
    if row.get("standard"):
        out.append(("match.reason.standard", {"n": int(row["standard_count"]) + 1}))
    return out


def cross(row) -> list[str]:
    """What the pair crosses: "fachnetzwerk", "revier", "land" (in that order)."""
    return [name for name, col in (("fachnetzwerk", "cross_network"), ("revier", "cross_revier"),
                                   ("land", "cross_land")) if bool(row[col])]
