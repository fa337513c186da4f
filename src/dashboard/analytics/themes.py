"""Cross-cutting themes (Fachkräfte, Kinder und Jugendliche, Gleichstellung, Demografie): how
many projects carry each one (marker 1 = significant, 2 = principal aim), by focus area, Revier
and current stage; the funding share; and Fachnetzwerke where a theme is missing.

Shares count all projects of the selection; funding shares cover projects still in the pipeline
(status "aktiv"), as on the Übersicht.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.analytics.filtering import query_filtered
from dashboard.analytics.portfolio import revier_phrase
from dashboard.domain.filters import Filters
from dashboard.store.gateway import Database
from dashboard.texts import t

DIMENSIONS = ("focus_area", "revier", "stage")
FUNDING = ("requested_eur", "granted_eur")


def theme_cube(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects and live funding per theme, marker, focus area, Revier and stage."""
    return query_filtered(db, "themes_cube", filters).df


def _groups(db: Database, dimension: str) -> pd.DataFrame:
    df = db.query("themes_groups").df
    return df[df["dimension"] == dimension].drop(columns="dimension").reset_index(drop=True)


def _share(part: pd.Series, whole: pd.Series) -> pd.Series:
    return (part / whole.where(whole > 0)).astype("float64")


def theme_shares(db: Database, filters: Filters, by: str) -> pd.DataFrame:
    """Per theme and category of `by` (focus_area, revier, stage): projects, projects with
    marker 1 and 2, and their shares (NaN where the category has no projects). Every
    theme x category pair is listed, in reference order."""
    if by not in DIMENSIONS:
        raise ValueError(f"unbekannte Aufteilung {by!r}")
    df = query_filtered(db, "themes_shares", filters, [by]).df
    df["projects"] = df["marker_0"] + df["marker_1"] + df["marker_2"]
    df["share_1"] = _share(df["marker_1"], df["projects"])
    df["share_2"] = _share(df["marker_2"], df["projects"])
    df["share_any"] = _share(df["marker_1"] + df["marker_2"], df["projects"])
    return df


def theme_funding(db: Database, filters: Filters, measure: str = "requested_eur") -> pd.DataFrame:
    """Per theme: live funding in total, in projects with marker >= 1 and == 2, and the shares."""
    if measure not in FUNDING:
        raise ValueError(f"unbekannte Größe {measure!r}")
    df = query_filtered(db, "themes_funding", filters, [measure]).df
    df["share_any"] = _share(df["any_eur"], df["total_eur"])
    df["share_main"] = _share(df["main_eur"], df["total_eur"])
    return df


def network_themes(db: Database, filters: Filters) -> pd.DataFrame:
    """Per Fachnetzwerk (Revier x its focus areas) and theme: projects, with marker 1, with
    marker 2, share with marker 2; every pair listed."""
    cube = theme_cube(db, filters)
    nets = db.query("themes_network_ref").df
    themes = _groups(db, "theme").add_prefix("theme_")
    counts = (cube.pivot_table(index=["theme_code", "revier_code", "focus_area_code"],
                               columns="marker", values="projects", aggfunc="sum", fill_value=0)
              .reindex(columns=[0, 1, 2], fill_value=0).reset_index())
    joined = nets.merge(counts, on=["revier_code", "focus_area_code"])
    per = joined.groupby(["network_code", "theme_code"], as_index=False)[[0, 1, 2]].sum()
    heads = nets.drop(columns="focus_area_code").drop_duplicates("network_code")
    df = heads.merge(themes, how="cross").merge(per, on=["network_code", "theme_code"], how="left")
    df = df.rename(columns={1: "marker_1", 2: "marker_2"}).fillna({0: 0, "marker_1": 0, "marker_2": 0})
    df["projects"] = (df[0] + df["marker_1"] + df["marker_2"]).astype("int64")
    df["marker_1"] = df["marker_1"].astype("int64")
    df["marker_2"] = df["marker_2"].astype("int64")
    df["share_2"] = _share(df["marker_2"], df["projects"])
    df = df.drop(columns=[0]).sort_values(["network_sort", "theme_sort"], kind="stable")
    return df.reset_index(drop=True)


def theme_gaps(db: Database, filters: Filters) -> pd.DataFrame:
    """Fachnetzwerke (with projects in the selection) where no project has a theme as principal
    aim, or none considers it at all; one German sentence each."""
    return gaps_of(network_themes(db, filters))


def gaps_of(df: pd.DataFrame) -> pd.DataFrame:
    """The gaps in a network_themes() result (see theme_gaps)."""
    df = df[df["projects"] > 0]
    none = (df["marker_1"] + df["marker_2"]) == 0
    gaps = df[df["marker_2"] == 0].copy()
    gaps["kind"] = np.where(none.loc[gaps.index], "not_considered", "no_principal_aim")
    gaps["sentence"] = [
        t("gap.theme_none" if kind == "not_considered" else "gap.theme_main",
          network=r.network_name, revier=revier_phrase(r.revier_name, "gen"), theme=r.theme_name)
        for kind, r in zip(gaps["kind"], gaps.itertuples(), strict=True)]
    cols = ["kind", "network_code", "network_name", "revier_code", "revier_name", "theme_code",
            "theme_name", "projects", "sentence"]
    return gaps[cols].reset_index(drop=True)
