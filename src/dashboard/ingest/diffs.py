"""The field-by-field comparison of step 5 (ingest.plan) with the stored projects, which are
fetched a chunk at a time: 200.000 of them as one frame took 400 MB beside the list (issue 19)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import duckdb
import pandas as pd

from dashboard.ingest.fields import BY_NAME
from dashboard.store.gateway import Database, named_sql

Source = Database | duckdb.DuckDBPyConnection


def fetch(source: Source, name: str, params: list[Any]) -> pd.DataFrame:
    """Run a named query through the gateway, or on a transaction's cursor."""
    if isinstance(source, Database):
        return source.query(name, params).df
    return source.execute(named_sql(name), params).df()


# stored projects fetched and compared at a time (issue 19: 50.000 left ~80 MB more at the
# peak of a 200.000-row dry run, at the same CPU time)
STORED_CHUNK = 20_000


def stored_chunks(source: Source, ids: list[str]) -> Iterator[pd.DataFrame]:
    """The stored projects of `ids` (every column), a chunk at a time: 200.000 of them as one
    frame took 400 MB beside the list."""
    for i in range(0, len(ids), STORED_CHUNK):
        yield fetch(source, "ingest_existing_projects", [ids[i:i + STORED_CHUNK]])


def _canonical(series: pd.Series, kind: str) -> pd.Series:
    """Comparable form of a column, the same for file values and stored values."""
    if kind == "date":
        return pd.to_datetime(series).astype("datetime64[s]")
    if kind == "amount":
        return pd.to_numeric(series.astype(object), errors="coerce").astype(float).round(2)
    if kind in ("integer", "marker"):
        return pd.to_numeric(series.astype(object), errors="coerce").astype(float)
    if kind == "bool":
        return series.astype(object).map(bool)
    if kind == "ref_list":
        return series.map(lambda v: "|".join(v) if v is not None and len(v) else "")
    values = series.astype(object)
    return values.where(values.notna() & (values != ""), None)


def field_diffs(source: Source, projects: pd.DataFrame, compared: tuple[str, ...],
                typed: Callable[[pd.DataFrame], pd.DataFrame] = lambda frame: frame
                ) -> pd.DataFrame:
    """One row per changed field of an existing project: project_id, field, old, new (the
    stored projects compared a chunk at a time; rows by field, then in list order). `typed`
    gives a column of `projects` the type the new values have (check.Checked.as_texts)."""
    columns = ["project_id", "title", "field", "column", "old", "new"]
    parts: dict[str, list[pd.DataFrame]] = {column: [] for column in compared}
    ids = projects["project_id"].tolist()
    for start, stored in zip(range(0, len(ids), STORED_CHUNK), stored_chunks(source, ids),
                             strict=True):
        mine = projects.iloc[start:start + STORED_CHUNK]
        old = stored.set_index("project_id").reindex(mine["project_id"])
        for column in compared:
            kind = BY_NAME[column].kind
            a = _canonical(mine[column].reset_index(drop=True), kind)
            b = _canonical(old[column].reset_index(drop=True), kind)
            differs = ~((a == b) | (a.isna() & b.isna())).to_numpy()
            if differs.any():
                parts[column].append(pd.DataFrame({
                    "project_id": mine["project_id"].to_numpy()[differs],
                    "title": mine["title"].to_numpy()[differs], "field": column,
                    "column": BY_NAME[column].header,
                    "old": old[column].to_numpy()[differs],
                    # (the comparison reads Python texts alike in either type)
                    "new": typed(mine[[column]])[column].to_numpy()[differs]}))
    found = [part for column in compared for part in parts[column]]
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=columns)
