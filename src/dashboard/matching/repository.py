"""Persistence of the matching (migration 006): stored pairs, project fingerprints, runs and
decisions. Writes take the caller's transaction cursor; bulk writes via registered frames."""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.store.gateway import Database

PAIR_COLUMNS = ("a", "b", "score", "cosine", "title_sim", "sponsor_same", "sponsor_similar",
                "sponsor_projects", "same_place", "place_named", "same_district", "same_focus",
                "same_mission", "period_overlap", "amount_ratio", "amount_a", "amount_b",
                "shared_terms", "shared_count", "standard", "standard_count", "cross_network",
                "cross_revier", "cross_land", "kind", "specific_count", "title_specific")


def has_tables(db: Database) -> bool:
    """True once migration 006 is applied (read-only CLI runs may meet an older file)."""
    return bool(db.scalar("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_name = 'match_pair'"))


def load_records(db: Database, keys: list[str] | None = None) -> pd.DataFrame:
    """Matching records of all projects (or of `keys`) with their fingerprints."""
    return db.query("match_records", [keys is None, list(keys or [])]).df


def changes(db: Database) -> pd.DataFrame:
    """project_id, change ('changed' for new or changed, 'removed')."""
    return db.query("match_changes").df


def last_run(db: Database) -> dict | None:
    return db.query("SELECT * FROM match_run ORDER BY run_id DESC LIMIT 1").first()


def pairs_of(db: Database, keys: list[str]) -> pd.DataFrame:
    return db.query("match_pairs_of", [keys, keys]).df


def same_title_counts(db: Database) -> pd.Series:
    """Per project: partners of other sponsors with an almost equal title (stored per run)."""
    df = db.query("SELECT project_id, same_title FROM match_doc WHERE same_title > 0").df
    return pd.Series(df["same_title"].to_numpy(dtype=float), index=df["project_id"].to_numpy())


def _pair_frame(pairs: pd.DataFrame) -> pd.DataFrame:
    out = pairs.loc[:, list(PAIR_COLUMNS)].copy()
    out["shared_terms"] = [list(t) for t in out["shared_terms"]]
    for col in ("sponsor_projects", "shared_count", "standard_count", "specific_count", "title_specific"):
        out[col] = out[col].astype("int32")
    return out


def write_pairs(cur: duckdb.DuckDBPyConnection, pairs: pd.DataFrame, *, replace_keys=None,
                everything: bool = False) -> int:
    """Store scored pairs: all stored pairs replaced (`everything`), or those that involve
    `replace_keys` replaced, and `pairs` upserted."""
    if everything:
        cur.execute("DELETE FROM match_pair")
    elif replace_keys:
        keys = list(replace_keys)
        cur.execute("DELETE FROM match_pair WHERE list_contains(?::VARCHAR[], a) "
                    "OR list_contains(?::VARCHAR[], b)", [keys, keys])
    if pairs.empty:
        return 0
    frame = _pair_frame(pairs)
    cur.register("_new_pairs", frame)
    try:
        cur.execute("DELETE FROM match_pair m USING _new_pairs n WHERE m.a = n.a AND m.b = n.b")
        cur.execute("INSERT INTO match_pair BY NAME SELECT * FROM _new_pairs")
    finally:
        cur.unregister("_new_pairs")
    return len(frame)


def write_docs(cur: duckdb.DuckDBPyConnection, records: pd.DataFrame, same_title: pd.Series, *,
               removed=(), everything: bool = False) -> None:
    """Remember the fingerprints the pairs were computed from and the same-title counts."""
    if everything:
        cur.execute("DELETE FROM match_doc")
    keys = list(records["key"]) + list(removed)
    if keys and not everything:
        cur.execute("DELETE FROM match_doc WHERE list_contains(?::VARCHAR[], project_id)", [keys])
    frame = pd.DataFrame({"project_id": records["key"].astype(str),
                          "fingerprint": records["fingerprint"].astype("uint64"),
                          "text_fingerprint": records["text_fingerprint"].astype("uint64")})
    frame["same_title"] = frame["project_id"].map(same_title).fillna(0).astype("int32")
    Database.insert_frame(cur, "match_doc", frame)


def add_same_title(cur: duckdb.DuckDBPyConnection, counts: pd.Series) -> None:
    """Add to the stored same-title counts of projects that were not matched again."""
    if counts.empty:
        return
    frame = pd.DataFrame({"project_id": counts.index.astype(str), "n": counts.to_numpy(dtype="int32")})
    cur.register("_same_title", frame)
    try:
        cur.execute("UPDATE match_doc SET same_title = match_doc.same_title + s.n "
                    "FROM _same_title s WHERE s.project_id = match_doc.project_id")
    finally:
        cur.unregister("_same_title")


def write_run(cur: duckdb.DuckDBPyConnection, kind: str, *, projects: int, changed: int,
              pairs: int, seconds: float) -> int:
    run_id = cur.execute("SELECT nextval('match_run_seq')").fetchone()[0]
    cur.execute("INSERT INTO match_run (run_id, kind, projects, changed, pairs, seconds) "
                "VALUES (?, ?, ?, ?, ?, ?)", [run_id, kind, projects, changed, pairs, seconds])
    return int(run_id)


def queue(db: Database, filters, project_id: str | None = None) -> pd.DataFrame:
    """Stored pairs touching the selection (or only `project_id`'s), with the decision in force
    (match_queue.sql)."""
    from dashboard.analytics.filtering import query_filtered

    return query_filtered(db, "match_queue", filters, [project_id, project_id]).df


def projects(db: Database, keys: list[str]) -> pd.DataFrame:
    """Display fields of projects (match_projects.sql), indexed by project_id."""
    return db.query("match_projects", [list(keys)]).df.set_index("project_id", drop=False)
