"""The content words of records as ids of one vocabulary of this process, and the words two
records share, computed for many pairs at once.

A record keeps its words as a small sorted int32 array (not a Python set of strings): at 100k
projects the sets of text, title and place words took ~350 MB, the arrays ~60 MB. For a batch of
pairs the arrays of both sides become sparse 0/1 matrices (pairs x vocabulary) and the shared
words are their element-wise product."""

from __future__ import annotations

import threading

import numpy as np
import scipy.sparse as sp

_LOCK = threading.Lock()
_IDS: dict[str, int] = {}      # lower-case word -> id
_LOWER: list[str] = []         # id -> lower-case word
_SPELLING: list[str | None] = []  # id -> how it was first written in a text (None: not yet)
NONE = np.zeros(0, dtype=np.int32)


def ids(found: list[str], stopwords: frozenset[str], *, spell: bool = False) -> np.ndarray:
    """Sorted ids of the words in `found` (as matched), lower case, without `stopwords`. With
    `spell` the first written form of each new word is remembered ("Elektrolyseur")."""
    if not found:
        return NONE
    out = set()
    with _LOCK:
        for word in found:
            low = word.lower()
            i = _IDS.get(low)
            if i is None:
                if low in stopwords:
                    continue
                i = _IDS[low] = len(_LOWER)
                _LOWER.append(low)
                _SPELLING.append(None)
            if spell and _SPELLING[i] is None:
                _SPELLING[i] = word
            out.add(i)
    return np.array(sorted(out), dtype=np.int32)


def lower(i: int) -> str:
    return _LOWER[i]


def spelled(i: int) -> str:
    """A word as first written in a text (else its lower-case form)."""
    return _SPELLING[i] or _LOWER[i]


def width() -> int:
    """Ids given so far (every id of a prepared record is below it)."""
    return len(_LOWER)


def without(arrays: list[np.ndarray], frequent) -> list[np.ndarray]:
    """Each array without the ids for which `frequent(lower-case word)` is true."""
    if not arrays:
        return []
    flat = np.concatenate(arrays)
    seen = np.unique(flat)
    drop = np.zeros(int(seen.max()) + 1 if len(seen) else 0, dtype=bool)
    drop[[i for i in seen.tolist() if frequent(_LOWER[i])]] = True
    if not drop.any():
        return list(arrays)
    keep = ~drop[flat]
    ends = np.cumsum(np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays)))
    kept_before = np.concatenate([[0], np.cumsum(keep)])[ends]  # kept ids up to each end
    return np.split(flat[keep].copy(), kept_before[:-1])


def matrix(arrays, rows: np.ndarray, width: int) -> sp.csr_matrix:
    """0/1 matrix: row k holds the words of arrays[rows[k]]."""
    picked = [arrays[i] for i in rows.tolist()]
    indptr = np.zeros(len(picked) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, picked), dtype=np.int64, count=len(picked)), out=indptr[1:])
    indices = np.concatenate(picked) if picked else NONE
    return sp.csr_matrix((np.ones(len(indices), dtype=np.int8), indices, indptr),
                         shape=(len(picked), width))


def distinct_rows(arrays, rows: np.ndarray, width: int) -> tuple[sp.csr_matrix, np.ndarray]:
    """The records that `rows` names, each once, as a 0/1 matrix, and the row of each of `rows`
    in it (a million pairs name each of 100k projects ~20 times)."""
    unique, where = np.unique(rows, return_inverse=True)
    return matrix(arrays, unique, width), where


def shared(left: sp.csr_matrix, right: sp.csr_matrix) -> sp.csr_matrix:
    """Row k: the words both row k of `left` and row k of `right` hold."""
    both = left.multiply(right).tocsr()
    both.sort_indices()
    return both


def first(both: sp.csr_matrix, limit: int, rank_key) -> list[tuple[str, ...]]:
    """Per row of `both` the up to `limit` words that come first by `rank_key(lower-case
    word)`, as first written."""
    terms: list[tuple[str, ...]] = [()] * both.shape[0]
    if not both.nnz:
        return terms
    rows = np.repeat(np.arange(both.shape[0]), np.diff(both.indptr))
    seen, where = np.unique(both.indices, return_inverse=True)
    order = sorted(range(len(seen)), key=lambda k: rank_key(_LOWER[seen[k]]))
    rank = np.empty(len(seen), dtype=np.int64)
    rank[order] = np.arange(len(seen))
    by = np.lexsort((rank[where], rows))
    rows, cols = rows[by], both.indices[by]
    position = np.arange(len(rows)) - np.searchsorted(rows, rows, side="left")
    keep = position < limit
    for row, col in zip(rows[keep].tolist(), cols[keep].tolist(), strict=True):
        terms[row] = (*terms[row], spelled(col))
    return terms


def document_counts(arrays: list[np.ndarray]) -> dict[str, int]:
    """In how many records each word occurs (lower case), from the records' word-id arrays."""
    if not arrays:
        return {}
    counts = np.bincount(np.concatenate([*arrays, NONE]).astype(np.int64), minlength=width())
    return {_LOWER[i]: int(counts[i]) for i in np.flatnonzero(counts).tolist()}
