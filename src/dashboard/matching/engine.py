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

from dashboard.matching.scoring import DEFAULT_WEIGHTS, Weights
from dashboard.matching.signals import pair_signals, prepare, with_rare, without_place
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
    return [without_place(f"{t if isinstance(t, str) else ''} {d if isinstance(d, str) else ''}", m)
            for t, d, m in zip(records["title"], records["description"], records["municipality"],
                               strict=True)]


def self_pairs(records: pd.DataFrame, config: MatchConfig = DEFAULT_CONFIG
               ) -> tuple[pd.DataFrame, TextIndex, pd.DataFrame]:
    """Candidate pairs within `records` (key a < key b), the fitted index, the prepared records."""
    prepared = prepare(records)
    index = build_index(prepared["key"], record_texts(prepared), max_df=config.max_df)
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
    signals = pair_signals(prepared, prepared, found["li"].to_numpy(), found["ri"].to_numpy(),
                           word_df=index.word_df, max_df=index.max_df)
    signals.insert(2, "cosine", found["cosine"].to_numpy(dtype=float))
    return signals, index, prepared


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
