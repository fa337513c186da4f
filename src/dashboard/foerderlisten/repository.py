"""Persistence of the lists (migration 007): list imports, their operations, decisions on
matches. Writes take the caller's transaction cursor; bulk writes through a registered frame."""

from __future__ import annotations

import json

import duckdb
import pandas as pd

from dashboard.foerderlisten.columns import FIELDS
from dashboard.store.gateway import Database

STORED = ("op_key", "row_number", *(f.name for f in FIELDS), "natural_person", "extra",
          "district_code", "district_candidates", "revier_code", "municipality", "place_problem")


def has_tables(db: Database) -> bool:
    return bool(db.scalar("SELECT count(*) FROM information_schema.tables "
                          "WHERE table_name = 'oplist_import'"))


def current_operations(db: Database) -> pd.DataFrame:
    """Operations of the lists in force (fund, land, stand and every stored column)."""
    if not has_tables(db):
        return pd.DataFrame(columns=["fund", "land", "stand", "batch_id", *STORED])
    return db.query("oplist_current").df


def lists_in_force(db: Database) -> pd.DataFrame:
    """The lists in force: batch_id, fund, land, stand, preamble (their title block, JSON)."""
    if not has_tables(db):
        return pd.DataFrame(columns=["batch_id", "fund", "land", "stand", "preamble"])
    return db.query("oplist_lists_in_force").df


def list_in_force(db: Database, fund: str, land: str) -> pd.DataFrame:
    ops = current_operations(db)
    return ops[(ops["fund"] == fund) & (ops["land"] == land)].reset_index(drop=True)


def same_file(db: Database, fund: str, land: str, digest: str) -> int | None:
    """The list import (in force or not undone) of the same file for this fund and Land."""
    if not has_tables(db):
        return None
    found = db.scalar("SELECT max(batch_id) FROM oplist_import WHERE fund = ? AND land = ? "
                      "AND sha256 = ? AND undone_by IS NULL", [fund, land, digest])
    return None if found is None or pd.isna(found) else int(found)


def history(db: Database) -> pd.DataFrame:
    if not has_tables(db):
        return pd.DataFrame(columns=["batch_id", "fund", "land", "stand", "in_force"])
    return db.query("oplist_history").df


def decisions(db: Database) -> pd.DataFrame:
    if not has_tables(db):
        return pd.DataFrame(columns=["fund", "land", "op_key", "project_id", "decision"])
    return db.query("oplist_decisions").df


def write_import(cur: duckdb.DuckDBPyConnection, record: dict, operations: pd.DataFrame) -> None:
    """One list import and its operations."""
    row = dict(record)
    for key in ("columns", "preamble", "notes"):
        row[key] = json.dumps(row.get(key) or [], ensure_ascii=False, default=str)
    Database.insert_frame(cur, "oplist_import", pd.DataFrame([row]))
    frame = operations.loc[:, list(STORED)].copy()
    frame["batch_id"] = record["batch_id"]
    frame["district_candidates"] = [list(c) for c in frame["district_candidates"]]
    for col in ("start_date", "end_date", "updated_on"):
        frame[col] = pd.to_datetime(frame[col], errors="coerce").dt.date
    frame = frame.astype(object).where(frame.notna(), None)
    frame["district_candidates"] = [list(c) if c is not None else [] for c in frame["district_candidates"]]
    Database.insert_frame(cur, "oplist_operation", frame)


def mark_undone(cur: duckdb.DuckDBPyConnection, batch_id: int, actor: str) -> None:
    cur.execute("UPDATE oplist_import SET undone_by = ?, undone_at = getvariable('app_now')::TIMESTAMP "
                "WHERE batch_id = ?", [actor, batch_id])


def write_decision(cur: duckdb.DuckDBPyConnection, fund: str, land: str, op_key: str,
                   project_id: str, decision: str, actor: str) -> int:
    return int(cur.execute(
        "INSERT INTO oplist_decision (fund, land, op_key, project_id, decision, actor) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING decision_id",
        [fund, land, op_key, project_id, decision, actor]).fetchone()[0])
