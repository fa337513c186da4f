"""Text similarity for candidate pairs: TF-IDF over character n-grams (scikit-learn's `char_wb`,
3 to 5 characters) of title and description, and nearest neighbours by cosine.

Two things make it fast enough for 100k projects without changing what is computed:
- `char_wb` cuts n-grams inside each word only, so the n-gram counts of a text are the sum of
  its words' n-gram counts: the analyzer runs once per distinct word, not per text (a sparse
  product), and the result equals sklearn's TfidfVectorizer(analyzer="char_wb") exactly (tested).
- Terms frequent across the corpus weigh little (IDF) and are dropped beyond `max_df` texts: a
  word or n-gram in more than that many texts says nothing about an overlap, and it is what
  would make the all-pairs product quadratic. An n-gram occurs in at least as many texts as
  any word containing it, so frequent words are dropped before their n-grams are built.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

NGRAMS = (3, 5)
_NON_WORD = re.compile(r"[^\w\-]+")


def preprocess(text: str | None) -> str:
    """Lower case, punctuation to spaces (the `preprocessor` of the equivalent sklearn run)."""
    return _NON_WORD.sub(" ", str(text or "").lower())


def default_max_df(n: int) -> int:
    """Texts a term may occur in and still count: 3 % of the corpus, at least 30, at most 300."""
    return int(min(300, max(30, math.ceil(0.03 * n))))


@dataclass
class TextIndex:
    """The fitted vocabulary and the TF-IDF rows of a corpus (row i = keys[i])."""

    keys: np.ndarray            # object array of record keys
    matrix: sp.csr_matrix       # rows l2-normalised, float32
    words: dict[str, int]       # kept word -> column of `word_ngrams`
    word_ngrams: sp.csr_matrix  # kept word x kept n-gram counts
    idf: np.ndarray             # per kept n-gram
    word_df: dict[str, int]     # every word of the corpus -> texts it occurs in
    max_df: int

    def row_of(self) -> dict[str, int]:
        return {k: i for i, k in enumerate(self.keys)}


def _word_counts(texts: list[str], vocabulary: dict[str, int] | None = None):
    cv = CountVectorizer(tokenizer=str.split, lowercase=False, token_pattern=None,
                         dtype=np.float32, vocabulary=vocabulary)
    return cv.fit_transform(texts) if vocabulary is None else cv.transform(texts), cv


def build_index(keys, texts, *, max_df: int | None = None) -> TextIndex:
    """Fit the vocabulary and IDF on `texts` and return their TF-IDF rows."""
    docs = [preprocess(t) for t in texts]
    n = len(docs)
    max_df = max_df or default_max_df(n)
    if n == 0 or not any(d.strip() for d in docs):
        return TextIndex(np.asarray(list(keys), dtype=object), sp.csr_matrix((n, 0), dtype=np.float32),
                         {}, sp.csr_matrix((0, 0), dtype=np.float32), np.zeros(0), {}, max_df)
    counts, cv = _word_counts(docs)
    vocab = cv.get_feature_names_out()
    word_df = np.bincount(counts.indices, minlength=len(vocab))
    kept = np.flatnonzero(word_df <= max_df)
    words = {str(vocab[j]): i for i, j in enumerate(kept)}
    ngram_cv = CountVectorizer(analyzer="char_wb", ngram_range=NGRAMS, lowercase=False,
                               dtype=np.float32)
    if len(kept):
        word_ngrams = ngram_cv.fit_transform(list(words)).tocsr()
        grams = (counts[:, kept] @ word_ngrams).tocsc()
        gram_df = np.diff(grams.indptr)
        keep_grams = np.flatnonzero(gram_df <= max_df)
        word_ngrams = word_ngrams[:, keep_grams].tocsr()
        grams = grams[:, keep_grams].tocsr()
    else:
        word_ngrams = sp.csr_matrix((0, 0), dtype=np.float32)
        grams = sp.csr_matrix((n, 0), dtype=np.float32)
    tfidf = TfidfTransformer(sublinear_tf=True)
    matrix = tfidf.fit_transform(grams).astype(np.float32).tocsr() if grams.shape[1] else grams
    idf = tfidf.idf_ if grams.shape[1] else np.zeros(0)
    return TextIndex(np.asarray(list(keys), dtype=object), matrix, words, word_ngrams, idf,
                     {str(w): int(d) for w, d in zip(vocab, word_df, strict=True)}, max_df)


def transform(index: TextIndex, texts) -> sp.csr_matrix:
    """TF-IDF rows of further texts in the index's vocabulary (unknown terms count nothing)."""
    docs = [preprocess(t) for t in texts]
    if not index.words or not docs:
        return sp.csr_matrix((len(docs), index.matrix.shape[1]), dtype=np.float32)
    counts, _ = _word_counts(docs, index.words)
    grams = counts @ index.word_ngrams
    grams.data = 1 + np.log(grams.data)  # sublinear tf, as in the fit
    rows = grams.multiply(index.idf.astype(np.float32)).tocsr()
    norms = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags(1 / norms) @ rows, dtype=np.float32)


def replace_rows(index: TextIndex, keys, rows: sp.csr_matrix, removed=()) -> None:
    """Put the rows of `keys` (new or changed texts) into the index; drop `removed` keys."""
    gone = set(map(str, keys)) | set(map(str, removed))
    stay = np.array([str(k) not in gone for k in index.keys], dtype=bool)
    index.matrix = sp.vstack([index.matrix[stay], rows], format="csr")
    index.keys = np.concatenate([index.keys[stay], np.asarray(list(keys), dtype=object)])


def neighbours(queries: sp.csr_matrix, corpus: sp.csr_matrix, *, k: int, floor: float,
               query_rows: np.ndarray | None = None, chunk: int = 2000
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each query row its up to `k` most similar corpus rows with cosine >= floor:
    (query index, corpus index, cosine). With `query_rows` (the corpus row of each query), a
    query is not its own neighbour."""
    if queries.shape[0] == 0 or corpus.shape[0] == 0 or corpus.shape[1] == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0, dtype=np.float32)
    corpus_t = corpus.T.tocsr()
    out_q, out_c, out_s = [], [], []
    for start in range(0, queries.shape[0], chunk):
        prod = (queries[start:start + chunk] @ corpus_t).tocsr()
        prod.data[prod.data < floor] = 0
        prod.eliminate_zeros()
        lengths = np.diff(prod.indptr)
        rows = np.repeat(np.arange(prod.shape[0]), lengths)
        cols = prod.indices
        vals = prod.data
        if query_rows is not None:
            own = cols == query_rows[start + rows]
            rows, cols, vals = rows[~own], cols[~own], vals[~own]
        order = np.lexsort((cols, -vals, rows))  # per row: most similar first, ties by column
        rows, cols, vals = rows[order], cols[order], vals[order]
        first = np.searchsorted(rows, rows, side="left")
        rank = np.arange(len(rows)) - first
        keep = rank < k
        out_q.append(rows[keep] + start)
        out_c.append(cols[keep])
        out_s.append(vals[keep])
    return (np.concatenate(out_q).astype(np.int64), np.concatenate(out_c).astype(np.int64),
            np.minimum(np.concatenate(out_s), 1.0).astype(np.float32))
