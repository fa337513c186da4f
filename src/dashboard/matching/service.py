"""The Vernetzung as services over the database: keep the stored pairs in step with the
projects (`refresh`), take decisions (`decide`), and compare rows that are not stored yet with
the stored projects (`similar_to_existing`, for the import plan).

Pairs are computed once per data version and stored: `refresh` compares each project's
fingerprint with the one it was last matched with; with nothing stored it runs all pairs, else
only the new and changed projects against all (their TF-IDF rows against the index kept in this
process; a process without one builds it first). Pages and CLI call `ensure_current`, which
checks once per data version of the gateway."""

from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

import pandas as pd

from dashboard.matching import repository as repo
from dashboard.matching.engine import DEFAULT_CONFIG, MatchConfig, kept_pairs, query_pairs
from dashboard.matching.errors import DecisionError
from dashboard.matching.scoring import DEFAULT_THRESHOLD, score
from dashboard.matching.signals import prepare, with_rare
from dashboard.matching.signals import same_title_counts as pair_same_title
from dashboard.matching.textsim import TextIndex, replace_rows, transform
from dashboard.store.gateway import Database

DECISIONS = ("dublette", "verwandt", "unabhaengig", "offen")
FULL_SHARE = 0.2  # more changed projects than this share: all pairs anew


@dataclass
class _State:
    lock: threading.Lock
    index: TextIndex | None = None
    corpus: pd.DataFrame | None = None   # prepared records in index row order
    checked: int | None = None           # data version last found current


_STATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_STATES_LOCK = threading.Lock()


def _state(db: Database) -> _State:
    with _STATES_LOCK:
        return _STATES.setdefault(db, _State(threading.Lock()))


def _keep(scored: pd.DataFrame, config: MatchConfig) -> pd.DataFrame:
    """The pairs worth storing: scored at least `keep` (the standard-measure counts are kept
    per project in match_doc)."""
    return scored[scored["score"] >= config.keep]


def refresh(db: Database, *, full: bool = False, config: MatchConfig = DEFAULT_CONFIG) -> dict:
    """Bring the stored pairs in step with the projects; returns what was done
    ({"kind": "none"|"full"|"incremental", "projects", "changed", "pairs", "seconds"})."""
    state = _state(db)
    with state.lock:
        started = time.perf_counter()
        pending = repo.changes(db)
        run = repo.last_run(db)
        if not full and run is not None and pending.empty:
            return {"kind": "none", "projects": int(run["projects"]), "changed": 0,
                    "pairs": int(db.scalar("SELECT count(*) FROM match_pair")), "seconds": 0.0}
        changed = pending.loc[pending["change"] == "changed", "project_id"].tolist()
        removed = pending.loc[pending["change"] == "removed", "project_id"].tolist()
        n_projects = int(db.scalar("SELECT count(*) FROM project"))
        if full or run is None or len(changed) + len(removed) > FULL_SHARE * max(n_projects, 1):
            return _full(db, state, config, started)
        return _incremental(db, state, config, changed, removed, started)


def _full(db: Database, state: _State, config: MatchConfig, started: float) -> dict:
    records = repo.load_records(db)
    scored, counts, index, corpus = kept_pairs(records, config)
    with db.transaction() as cur:
        n = repo.write_pairs(cur, scored, everything=True)
        repo.write_docs(cur, records, counts, everything=True)
        seconds = time.perf_counter() - started
        repo.write_run(cur, "full", projects=len(records), changed=len(records), pairs=n,
                       seconds=seconds)
    state.index, state.corpus, state.checked = index, corpus, db.data_version
    return {"kind": "full", "projects": len(records), "changed": len(records), "pairs": n,
            "seconds": seconds}


def _corpus(db: Database, state: _State, config: MatchConfig) -> tuple[TextIndex, pd.DataFrame]:
    """The index of the matched projects (as stored), built when this process has none."""
    if state.index is None or state.corpus is None:
        stored = repo.load_records(db)
        from dashboard.matching.engine import fit_index

        corpus = prepare(stored)
        state.index = fit_index(corpus, config)
        state.corpus = with_rare(corpus, state.index.word_df, state.index.max_df)
    return state.index, state.corpus


def _incremental(db: Database, state: _State, config: MatchConfig, changed: list[str],
                 removed: list[str], started: float) -> dict:
    from dashboard.matching.engine import record_texts

    index, corpus = _corpus(db, state, config)
    records = repo.load_records(db, changed)
    fresh = with_rare(prepare(records), index.word_df, index.max_df)
    # the index first: new and changed texts replace their old rows, removed ones go
    replace_rows(index, fresh["key"], transform(index, record_texts(fresh)), removed)
    gone = set(fresh["key"]) | set(removed)
    corpus = pd.concat([corpus[~corpus["key"].isin(gone)], fresh], ignore_index=True)
    state.corpus = corpus
    found = query_pairs(records, index, corpus, config)
    # standard-measure counts: the changed records' own from their new pairs; their partners'
    # stored counts grow by the new equal titles (a full run counts everything afresh)
    own = pair_same_title(found)
    fresh_keys = set(fresh["key"])
    stored = repo.same_title_counts(db)
    partners = own[[k not in fresh_keys for k in own.index]]
    counts = stored.add(partners, fill_value=0)
    counts = pd.concat([counts[[k not in fresh_keys for k in counts.index]],
                        own[[k in fresh_keys for k in own.index]]])
    scored = score(found, counts, config.weights)
    with db.transaction() as cur:
        repo.write_pairs(cur, _keep(scored, config), replace_keys=list(gone))
        repo.add_same_title(cur, partners)
        touched = sorted(set(partners.index))
        if touched:  # pairs of partners whose count moved: scored again
            affected = cur.execute("SELECT * FROM match_pair WHERE list_contains(?::VARCHAR[], a) "
                                   "OR list_contains(?::VARCHAR[], b)", [touched, touched]).df()
            if len(affected):
                affected["shared_terms"] = [tuple(t) for t in affected["shared_terms"]]
                repo.write_pairs(cur, score(affected.drop(columns=["computed_at"]), counts,
                                            config.weights))
        repo.write_docs(cur, records, own, removed=removed)
        n = int(cur.execute("SELECT count(*) FROM match_pair").fetchone()[0])
        seconds = time.perf_counter() - started
        repo.write_run(cur, "incremental", projects=len(corpus), changed=len(gone), pairs=n,
                       seconds=seconds)
    state.checked = db.data_version
    return {"kind": "incremental", "projects": len(corpus), "changed": len(gone), "pairs": n,
            "seconds": seconds}


def ensure_current(db: Database) -> dict | None:
    """`refresh` unless this process already found the pairs current at this data version
    (pages and CLI call this before reading pairs). None when nothing had to be checked."""
    state = _state(db)
    if state.checked == db.data_version or db.read_only or not repo.has_tables(db):
        return None
    result = refresh(db)
    state.checked = db.data_version
    return result


def decide(db: Database, actor: str, pair: tuple[str, str], decision: str, *,
           keep: str | None = None, audit=None) -> int:
    """Record a decision on a pair, with who and when; returns its number. The one write of a
    decision: the audit log (issue 12) wraps this function. 'dublette' needs `keep` (the key
    that stays): the other project is marked and leaves every figure; a later decision on the
    same pair lifts the mark. Raises DecisionError (German) for decisions that cannot be.
    `audit(cur, decision_id)` writes the audit entry in the same transaction."""
    if decision not in DECISIONS:
        raise DecisionError(f"Unbekannte Entscheidung „{decision}“.")
    if not actor:
        raise DecisionError("Eine Entscheidung braucht eine Person, die sie trifft.")
    a, b = sorted(str(k) for k in pair)
    if a == b:
        raise DecisionError("Ein Projekt kann nicht mit sich selbst verglichen werden.")
    if decision == "dublette" and keep not in (a, b):
        raise DecisionError(f"Bei einer Dublette bitte angeben, welche Kennung bleibt ({a} oder {b}).")
    with db.transaction() as cur:
        known = cur.execute("SELECT project_id, text_fingerprint FROM match_doc "
                            "WHERE project_id IN (?, ?)", [a, b]).df()
        missing = sorted({a, b} - set(known["project_id"]))
        if missing:
            raise DecisionError(f"Projekt {', '.join(missing)} ist nicht (mehr) im Abgleich.")
        fps = dict(zip(known["project_id"], known["text_fingerprint"], strict=True))
        cur.execute("DELETE FROM project_duplicate WHERE project_id IN (?, ?) "
                    "AND duplicate_of IN (?, ?)", [a, b, a, b])
        if decision == "dublette":
            drop = b if keep == a else a
            marked = cur.execute("SELECT project_id, duplicate_of FROM project_duplicate "
                                 "WHERE project_id IN (?, ?)", [keep, drop]).df()
            if len(marked):
                first = marked.iloc[0]
                raise DecisionError(f"{first['project_id']} ist bereits als Dublette von "
                                    f"{first['duplicate_of']} markiert; zuerst dort entscheiden.")
        decision_id = cur.execute(
            "INSERT INTO match_decision (a, b, decision, keep_id, text_fingerprint_a, "
            "text_fingerprint_b, actor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING decision_id",
            [a, b, decision, keep if decision == "dublette" else None, int(fps[a]), int(fps[b]),
             actor]).fetchone()[0]
        if decision == "dublette":
            cur.execute("INSERT INTO project_duplicate (project_id, duplicate_of, decision_id) "
                        "VALUES (?, ?, ?)", [drop, keep, decision_id])
        if audit is not None:
            audit(cur, decision_id)
    _state(db).checked = db.data_version  # a decision changes no project text
    return int(decision_id)


def similar_to_existing(db: Database, new_rows: pd.DataFrame, *,
                        threshold: float = DEFAULT_THRESHOLD, config: MatchConfig = DEFAULT_CONFIG,
                        refresh_first: bool = True) -> list[tuple[Any, str, float, list[str]]]:
    """Rows of an upload that look like a stored project under another key: per hit (the row's
    `row` value, project_id, score, German reasons), best first. `new_rows` has project columns
    (title, description, sponsor, municipality, district_code, revier_code, focus_area_code,
    mission_code, start_date, end_date, total_cost_eur, requested_eur; optional project_id,
    row). A row's own key (an update of that project) is no hit."""
    from dashboard.matching.texts import reason_texts

    if new_rows.empty or not repo.has_tables(db):
        return []
    if refresh_first:
        ensure_current(db)
    elif repo.last_run(db) is None:  # nothing matched yet: no index to compare with
        return []
    index, corpus = _corpus(db, _state(db), config)
    rows = new_rows.reset_index(drop=True)
    row_ids = rows["row"] if "row" in rows else pd.Series(range(1, len(rows) + 1))
    own = rows["project_id"] if "project_id" in rows else pd.Series([None] * len(rows))
    lands = dict(db.query("SELECT code, bundesland_code FROM ref_district").df.values)
    nets = db.query("SELECT code, revier_code, focus_area_codes FROM ref_network").df
    network = {(r, f): c for c, r, fs in nets.itertuples(index=False) for f in fs}
    records = pd.DataFrame({
        "key": [f"\x00row{i}" for i in range(len(rows))],
        **{c: rows.get(c) for c in ("title", "description", "sponsor", "municipality",
                                    "district_code", "revier_code", "focus_area_code",
                                    "mission_code", "start_date", "end_date")},
        "land_code": rows.get("district_code", pd.Series([None] * len(rows))).map(lands),
        "network_code": [network.get((r, f)) for r, f in zip(rows.get("revier_code", [None] * len(rows)),
                                                             rows.get("focus_area_code", [None] * len(rows)),
                                                             strict=True)],
        "amount_eur": pd.to_numeric(rows.get("total_cost_eur"), errors="coerce").fillna(
            pd.to_numeric(rows.get("requested_eur"), errors="coerce")),
    })
    found = query_pairs(records, index, corpus, config, canonical=False)
    if found.empty:
        return []
    scored = score(found, repo.same_title_counts(db), config.weights)
    position = {k: i for i, k in enumerate(records["key"])}
    out = []
    # best first; at an equal score (to 6 places: an exact copy scores 0.9999999999999999) the
    # same sponsor, then the closer text (a score is capped at 1: an exact copy and the same
    # idea of a neighbour in the town can both reach it)
    scored["own_kind"] = scored["kind"] == "dublette"
    scored["rank_score"] = scored["score"].round(6)
    ranked = scored.sort_values(["rank_score", "own_kind", "cosine", "b"],
                                ascending=[False, False, False, True], kind="stable")
    for row in ranked.itertuples(index=False):
        i = position[row.a]
        if row.score < threshold or (pd.notna(own.iat[i]) and str(own.iat[i]) == row.b):
            continue
        # the import plan asks "is this row a stored project under another key": an undertaking
        # tied by sponsor or place, not the same idea elsewhere (that is the Vernetzung's)
        if row.kind != "dublette" and not (row.same_place or row.place_named):
            continue
        out.append((row_ids.iat[i], row.b, float(row.score), reason_texts(row._asdict())))
    return out
