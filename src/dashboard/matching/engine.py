"""The matching run, pure functions over DataFrames of records (signals.RECORD_COLUMNS):

- `self_pairs(records)`: every candidate pair within one set (the Vernetzung queue);
- `query_pairs(queries, index, corpus)`: candidates of further records (new or changed projects,
  rows of an upload, operations of an official list) against an indexed set.

Both return unscored signal rows (a, b, cosine, title_sim, sponsor_same, ...); scoring.score
turns them into a score once the standard-measure counts of the whole set are known."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dashboard.matching import words
from dashboard.matching.lexicon import concept_text
from dashboard.matching.scoring import DEFAULT_WEIGHTS, Weights, score
from dashboard.matching.signals import (
    alike_titles,
    pair_signals,
    prepare,
    same_title_counts,
    with_rare,
    without_place,
)
from dashboard.matching.textsim import TextIndex, build_index, neighbours, transform


@dataclass(frozen=True)
class MatchConfig:
    """Candidate search and storage limits (weights of the score in `weights`)."""

    k: int = 10              # nearest neighbours per record
    floor: float = 0.2       # TF-IDF cosine below which a pair is no candidate
    keep: float = 0.3        # scored pairs below this are not stored (equal titles always are)
    max_df: int | None = None  # texts a term may occur in (None: textsim.default_max_df)
    weights: Weights = field(default_factory=lambda: DEFAULT_WEIGHTS)


DEFAULT_CONFIG = MatchConfig()


def record_texts(records: pd.DataFrame) -> list[str]:
    """What the TF-IDF reads of a record: title and description, without the record's own
    municipality (the place is compared as a structured signal; named twice, every two projects
    of one town would look alike)."""
    out = []
    for t, d, m in zip(records["title"], records["description"], records["municipality"],
                       strict=True):
        text = without_place(f"{t if isinstance(t, str) else ''} {d if isinstance(d, str) else ''}", m)
        out.append(f"{text} {concept_text(text)}")  # "PV" and "Solarpark" share a concept
    return out


def fit_index(prepared: pd.DataFrame, config: MatchConfig = DEFAULT_CONFIG) -> TextIndex:
    """The TF-IDF index of prepared records. Its word counts also count the words a text names
    without writing them (german.related: "Kläranlage" for "Klärwerk"), where no text writes
    them: a word counts as specific only where few texts name it."""
    index = build_index(prepared["key"], record_texts(prepared), max_df=config.max_df)
    named = words.document_counts(prepared["named_words"].tolist())
    for word, n in named.items():
        index.word_df.setdefault(word, n)
    return index


def _candidates(records: pd.DataFrame, config: MatchConfig):
    """The prepared records, their fitted index, and the candidate pairs within them: left and
    right record rows (key a < key b, sorted) and the cosine."""
    prepared = prepare(records)
    index = fit_index(prepared, config)
    prepared = with_rare(prepared, index.word_df, index.max_df)
    rows = np.arange(len(prepared))
    q, c, cos = neighbours(index.matrix, index.matrix, k=config.k, floor=config.floor,
                           query_rows=rows)
    keys = prepared["key"].to_numpy(dtype=object)
    swap = keys[q] > keys[c]
    li, ri = np.where(swap, c, q), np.where(swap, q, c)
    found = pd.DataFrame({"li": li, "ri": ri, "cosine": cos})
    found = found.sort_values("cosine", ascending=False).drop_duplicates(["li", "ri"])
    found = found.sort_values(["li", "ri"], kind="stable")
    return (prepared, index, found["li"].to_numpy(), found["ri"].to_numpy(),
            found["cosine"].to_numpy(dtype=float))


def self_pairs(records: pd.DataFrame, config: MatchConfig = DEFAULT_CONFIG
               ) -> tuple[pd.DataFrame, TextIndex, pd.DataFrame]:
    """Candidate pairs within `records` (key a < key b), the fitted index, the prepared records."""
    prepared, index, li, ri, cos = _candidates(records, config)
    signals = pair_signals(prepared, prepared, li, ri, word_df=index.word_df,
                           max_df=index.max_df, cosine=cos)
    return signals, index, prepared


def kept_pairs(records: pd.DataFrame, config: MatchConfig = DEFAULT_CONFIG
               ) -> tuple[pd.DataFrame, pd.Series, TextIndex, pd.DataFrame]:
    """The pairs of `self_pairs` scored and only those scoring at least `config.keep`, the
    same-title counts of all candidate pairs, the index, the prepared records. Equal to scoring
    all of self_pairs and filtering, without holding all candidates (~1M at 100k projects): a
    chunk keeps only the pairs that reach `keep` even as no standard measure (the one thing
    the counts of the whole set can change, and it only lowers a score) and its equal titles."""
    prepared, index, li, ri, cos = _candidates(records, config)
    alike = []
    no_counts = pd.Series(dtype=float)

    def reduce(part: pd.DataFrame) -> pd.DataFrame:
        alike.append(alike_titles(part)[["a", "b", "title_sim", "cosine", "same_place", "place_named",
                                          "sponsor_same", "sponsor_similar"]])
        best = score(part, no_counts, config.weights)["score"].to_numpy()
        return part[best >= config.keep]

    signals = pair_signals(prepared, prepared, li, ri, word_df=index.word_df,
                           max_df=index.max_df, cosine=cos, each=reduce)
    counts = same_title_counts(pd.concat(alike, ignore_index=True))
    scored = score(signals, counts, config.weights)
    return scored[scored["score"] >= config.keep], counts, index, prepared


def query_pairs(queries: pd.DataFrame, index: TextIndex, corpus: pd.DataFrame,
                config: MatchConfig = DEFAULT_CONFIG, *, canonical: bool = True) -> pd.DataFrame:
    """Candidate pairs of `queries` against the indexed `corpus` (prepared records in index
    row order). With `canonical` the pair's keys are ordered (a < b, for pairs within one set);
    else a is the query's key and b the corpus key."""
    prepared = with_rare(prepare(queries), index.word_df, index.max_df)
    q, c, cos = neighbours(transform(index, record_texts(prepared)), index.matrix,
                           k=config.k, floor=config.floor)
    same = prepared["key"].to_numpy(dtype=object)[q] == corpus["key"].to_numpy(dtype=object)[c]
    q, c, cos = q[~same], c[~same], cos[~same]
    signals = pair_signals(prepared, corpus, q, c, word_df=index.word_df, max_df=index.max_df)
    if canonical:  # every signal is symmetric: only the keys (and amounts) change places
        swap = signals["a"].to_numpy(dtype=object) > signals["b"].to_numpy(dtype=object)
        for x, y in (("a", "b"), ("amount_a", "amount_b")):
            left, right = signals[x].to_numpy().copy(), signals[y].to_numpy().copy()
            signals[x] = np.where(swap, right, left)
            signals[y] = np.where(swap, left, right)
    signals.insert(2, "cosine", cos.astype(float))
    return (signals.sort_values("cosine", ascending=False)
            .drop_duplicates(["a", "b"]).reset_index(drop=True))
