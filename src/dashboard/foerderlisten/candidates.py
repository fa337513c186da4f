"""Candidate pairs of the reconciliation: each operation's TF-IDF neighbours among the monitor's
projects (matching.textsim) plus the projects of the same sponsor in the same place, with the
Vernetzung's signals and score (matching.signals, matching.scoring)."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from dashboard.geo.names import base_key
from dashboard.geo.reference import LAND_KEYS
from dashboard.matching.engine import DEFAULT_CONFIG, record_texts
from dashboard.matching.scoring import DEFAULT_WEIGHTS, score
from dashboard.matching.signals import pair_signals, prepare, with_rare
from dashboard.matching.textsim import build_index, neighbours, transform

# an operation of a list is the same undertaking or none: the Vernetzung's measure of a
# parallel development (the same idea elsewhere) and its place rule do not apply here
RECONCILE_WEIGHTS = replace(DEFAULT_WEIGHTS, parallel_base=0.0, parallel_specific=0.0,
                            parallel_title=0.0, placed_cosine=0.0)


def op_id(fund: str, land: str, key: str) -> str:
    return f"{fund}|{land}|{key}"


def _monitor_spelling(ops: pd.DataFrame, records: pd.DataFrame) -> list:
    """The operation's municipality as the monitor spells it in the same district
    ("Rothenburg/O.L." in VG5000 is "Rothenburg" in the project lists), else as located."""
    spelling = {(d, base_key(m)): m for d, m in zip(records["district_code"], records["municipality"],
                                                    strict=True) if isinstance(m, str) and m}
    return [spelling.get((d, base_key(m)), m) if isinstance(m, str) else m
            for d, m in zip(ops["district_code"], ops["municipality"], strict=True)]


def _op_records(ops: pd.DataFrame, records: pd.DataFrame | None = None) -> pd.DataFrame:
    return pd.DataFrame({
        "key": [op_id(f, la, k) for f, la, k in zip(ops["fund"], ops["land"], ops["op_key"], strict=True)],
        "title": ops["title"], "description": ops["purpose"], "sponsor": ops["beneficiary"],
        "municipality": ops["municipality"] if records is None else _monitor_spelling(ops, records),
        "district_code": ops["district_code"],
        "revier_code": ops["revier_code"],
        "land_code": [LAND_KEYS.get(str(c)[:2]) if isinstance(c, str) else None
                      for c in ops["district_code"]],
        "network_code": None, "focus_area_code": None, "mission_code": None,
        "start_date": ops["start_date"], "end_date": ops["end_date"],
        "amount_eur": pd.to_numeric(ops["total_cost_eur"], errors="coerce")})


def _blocked(queries: pd.DataFrame, corpus: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Pairs with the same sponsor (normal form) in the same municipality: the TF-IDF
    neighbours alone miss them when many projects share a title pattern ("Radweg in …")."""
    left = pd.DataFrame({"q": np.arange(len(queries)), "s": queries["sponsor_key"],
                         "p": queries["place_key"]})
    right = pd.DataFrame({"c": np.arange(len(corpus)), "s": corpus["sponsor_key"],
                          "p": corpus["place_key"]})
    left = left[(left["s"] != "") & (left["p"] != "")]
    both = left.merge(right, on=["s", "p"])
    return both["q"].to_numpy(dtype=np.int64), both["c"].to_numpy(dtype=np.int64)


def candidates(ops: pd.DataFrame, records: pd.DataFrame) -> pd.DataFrame:
    """Scored candidate pairs a (operation id) - b (project id): the TF-IDF neighbours of each
    operation among the projects (matching.textsim) and the projects of the same sponsor in
    the same place, with the Vernetzung's signals and score."""
    if ops.empty or records.empty:
        return pd.DataFrame(columns=["a", "b", "score"])
    config = DEFAULT_CONFIG
    corpus = prepare(records, german=False)
    index = build_index(corpus["key"], record_texts(corpus), max_df=config.max_df)
    corpus = with_rare(corpus, index.word_df, index.max_df)
    queries = with_rare(prepare(_op_records(ops, records), german=False), index.word_df,
                        index.max_df)
    rows = transform(index, record_texts(queries))
    q, c, _ = neighbours(rows, index.matrix, k=config.k, floor=config.floor)
    bq, bc = _blocked(queries, corpus)
    if len(bq) and index.matrix.shape[1]:  # the same sponsor's other projects there: only
        near = np.asarray(rows[bq].multiply(index.matrix[bc]).sum(axis=1)).ravel()  # with text
        bq, bc = bq[near >= config.floor], bc[near >= config.floor]             # in common
    pairs = pd.DataFrame({"q": np.concatenate([q, bq]), "c": np.concatenate([c, bc])}
                         ).drop_duplicates().reset_index(drop=True)
    if pairs.empty:
        return pd.DataFrame(columns=["a", "b", "score"])
    qi, ci = pairs["q"].to_numpy(), pairs["c"].to_numpy()
    cosine = np.asarray(rows[qi].multiply(index.matrix[ci]).sum(axis=1)).ravel() \
        if index.matrix.shape[1] else np.zeros(len(qi))
    signals = pair_signals(queries, corpus, qi, ci, word_df=index.word_df, max_df=index.max_df)
    signals.insert(2, "cosine", np.minimum(cosine, 1.0).astype(float))
    return score(signals, pd.Series(dtype=float), RECONCILE_WEIGHTS)
