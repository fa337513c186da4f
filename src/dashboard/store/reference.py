"""Load the editable reference CSVs into the ref_* tables, and read them back."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.taxonomy import REFERENCE_FILES, Taxonomy
from dashboard.store.gateway import Database


def load_reference(db: Database, taxonomy: Taxonomy) -> None:
    """Replace all reference tables with the given taxonomy, in one transaction."""
    with db.transaction() as cur:
        for table, field, _model in REFERENCE_FILES.values():
            rows = [r.model_dump() for r in getattr(taxonomy, field)]
            df = pd.DataFrame(rows)
            if "focus_area_codes" in df:
                df["focus_area_codes"] = df["focus_area_codes"].map(list)
            cur.execute(f"DELETE FROM {table}")
            Database.insert_frame(cur, table, df)


def read_taxonomy(db: Database) -> Taxonomy:
    """The taxonomy as the database holds it (the source of truth once initialised)."""
    values = {}
    for table, field, _model in REFERENCE_FILES.values():
        df = db.query(f"SELECT * FROM {table}").df
        if "sort" in df:
            df = df.sort_values("sort", kind="stable")
        if "focus_area_codes" in df:
            df["focus_area_codes"] = df["focus_area_codes"].map(tuple)
        values[field] = tuple(df.to_dict("records"))
    return Taxonomy.model_validate(values)
