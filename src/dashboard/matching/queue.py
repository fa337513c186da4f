"""Reading the Vernetzung: the open pairs of a selection (ranked, cross-border first), one pair
side by side, a project's similar and linked projects, open pairs per Fachnetzwerk, the actors.
Everything as DataFrames / dicts for pages and CLI; German words from matching.texts."""

from __future__ import annotations

import pandas as pd

from dashboard.domain.filters import Filters
from dashboard.matching import repository as repo
from dashboard.matching.normalise import sponsor_key
from dashboard.matching.scoring import DEFAULT_THRESHOLD, KIND_THRESHOLDS, KINDS
from dashboard.matching.service import ensure_current
from dashboard.matching.texts import cross_texts, reason_texts
from dashboard.store.gateway import Database


def _open(pairs: pd.DataFrame, threshold: float | None = None) -> pd.Series:
    """Undecided pairs at or above their kind's threshold (or `threshold` for every kind)."""
    undecided = pairs["decision"].isna() | (pairs["decision"] == "offen") | pairs["text_changed"]
    limit = pairs["kind"].map(KIND_THRESHOLDS).fillna(DEFAULT_THRESHOLD) if threshold is None \
        else threshold
    return (pairs["score"] >= limit) & undecided


def _ranked(pairs: pd.DataFrame) -> pd.DataFrame:
    crossing = pairs[["cross_network", "cross_revier", "cross_land"]].sum(axis=1)
    return (pairs.assign(crossing=crossing)
            .sort_values(["crossing", "score", "a", "b"], ascending=[False, False, True, True])
            .reset_index(drop=True))


def open_pairs(db: Database, filters: Filters, threshold: float | None = None,
               kind: str | None = None, limit: int | None = None) -> pd.DataFrame:
    """Open pairs (no decision in force, or 'unabhängig' and a text changed since) with at least
    one project in the selection, of one `kind` (dublette, parallel, standard) or all: pairs
    across Fachnetzwerke, Reviere or Länder first (more borders first), then by score. Each
    kind has its own threshold (scoring.KIND_THRESHOLDS) unless `threshold` is given. Columns
    of match_pair plus reasons, cross (German lists). With `limit` only the first `limit` pairs
    (the page shows 200: at 100k the reasons of every open pair took most of its time; how
    many there are in all says `summary`'s by_kind)."""
    ensure_current(db)
    pairs = repo.queue(db, filters)
    if kind is not None:
        pairs = pairs[pairs["kind"] == kind]
    pairs = _ranked(pairs[_open(pairs, threshold)])
    if limit is not None:
        pairs = pairs.head(limit).copy()
    pairs["reasons"] = [reason_texts(r) for r in pairs.to_dict("records")]
    pairs["cross"] = [cross_texts(r) for r in pairs.to_dict("records")]
    return pairs


def summary(db: Database, filters: Filters, threshold: float | None = None) -> dict:
    """Tiles of the page: open pairs (Dubletten and Parallelentwicklungen; standard measures
    are no overlap), of them across borders, decided pairs, open pairs per kind; the last run."""
    ensure_current(db)
    pairs = repo.queue(db, filters)
    is_open = _open(pairs, threshold)
    overlap = is_open & (pairs["kind"] != "standard")
    crossing = pairs[["cross_network", "cross_revier", "cross_land"]].any(axis=1)
    decided = pairs["decision"].notna() & (pairs["decision"] != "offen") & ~pairs["text_changed"]
    by_kind = {k: int((is_open & (pairs["kind"] == k)).sum()) for k in KINDS}
    by_kind["standard"] = len(similar_measures(db, filters))  # projects, not pairs
    return {"open": int(overlap.sum()), "cross": int((overlap & crossing).sum()),
            "decided": int(decided.sum()), "run": repo.last_run(db), "by_kind": by_kind}


def similar_measures(db: Database, filters: Filters) -> pd.DataFrame:
    """Projects of the selection that several other sponsors run in (almost) the same words:
    the folded list "gleichartige Vorhaben" of standard measures. Columns project_id, title,
    sponsor, municipality, same_title (how many)."""
    from dashboard.analytics.filtering import query_filtered

    ensure_current(db)
    if not repo.has_tables(db):
        return pd.DataFrame(columns=["project_id", "title", "sponsor", "municipality", "same_title"])
    return query_filtered(db, "match_similar_measures", filters).df


def pairs_json(db: Database, filters: Filters, threshold: float | None = None) -> list[dict]:
    """The open pairs as `vernetzung --json` prints them (with their kind)."""
    from dashboard.matching.scoring import cross

    pairs = open_pairs(db, filters, threshold)
    return [{"a": r["a"], "b": r["b"], "score": round(float(r["score"]), 3),
             "reasons": r["reasons"], "cross": cross(r), "kind": r["kind"]}
            for r in pairs.to_dict("records")]


def pair_projects(db: Database, _filters: Filters, a: str, b: str) -> pd.DataFrame:
    """The two projects of a pair, side by side (display fields, indexed by project_id); the
    filters do not apply (ui.resources.load passes them)."""
    return repo.projects(db, [a, b])


def counts_by_network(db: Database, filters: Filters, threshold: float | None = None
                      ) -> pd.DataFrame:
    """Open pairs per Fachnetzwerk (a pair across two networks counts for both; standard
    measures are no overlap and not counted)."""
    pairs = open_pairs(db, filters, threshold)
    pairs = pairs[pairs["kind"] != "standard"]
    keys = sorted(set(pairs["a"]) | set(pairs["b"]))
    nets = repo.projects(db, keys)[["network_code", "network_name"]] if keys else \
        pd.DataFrame(columns=["network_code", "network_name"])
    rows = [code for r in pairs.itertuples()
            for code in {nets.at[r.a, "network_code"], nets.at[r.b, "network_code"]}]
    names = db.query("SELECT code AS network_code, name AS network_name, revier_code, sort "
                     "FROM ref_network ORDER BY sort").df
    counts = pd.Series(rows, dtype=object).value_counts()
    names["open_pairs"] = names["network_code"].map(counts).fillna(0).astype(int)
    return names


def related(db: Database, _filters: Filters, project_id: str,
            threshold: float | None = None) -> pd.DataFrame:
    """The pairs of one project, whatever the filters: linked ('verwandt'), duplicates, and open
    similar pairs, with the partner's title and the reasons. Columns: partner, title, kind,
    score, reasons."""
    ensure_current(db)
    if not repo.has_tables(db):
        return pd.DataFrame(columns=["partner", "title", "kind", "score", "reasons"])
    pairs = repo.queue(db, Filters(), project_id)
    decided = pairs["decision"].isin(["verwandt", "dublette"]) & ~pairs["text_changed"]
    shown = pairs[decided | (_open(pairs, threshold) & (pairs["kind"] != "standard"))].copy()
    shown["partner"] = [b if a == project_id else a for a, b in zip(shown["a"], shown["b"], strict=True)]
    shown["kind"] = [d if isinstance(d, str) and d in ("verwandt", "dublette") and not tc else "open"
                     for d, tc in zip(shown["decision"], shown["text_changed"], strict=True)]
    titles = repo.projects(db, shown["partner"].tolist())["title"] if len(shown) \
        else pd.Series(dtype=object)
    shown["title"] = shown["partner"].map(titles)
    shown["reasons"] = [reason_texts(r) for r in shown.to_dict("records")]
    order = {"dublette": 0, "verwandt": 1, "open": 2}
    shown["rank"] = shown["kind"].map(order)
    return shown.sort_values(["rank", "score"], ascending=[True, False])[
        ["partner", "title", "kind", "score", "reasons"]].reset_index(drop=True)


def actors(db: Database, filters: Filters) -> pd.DataFrame:
    """Sponsors by normal form: name (most frequent spelling), variants, projects (keys),
    networks, reviere, laender; actors in several networks or Länder first."""
    from dashboard.analytics.filtering import query_filtered

    rows = query_filtered(db, "match_actors", filters).df
    if rows.empty:
        return pd.DataFrame(columns=["key", "name", "variants", "projects", "networks",
                                     "network_names", "reviere", "laender"])
    rows["key"] = [sponsor_key(s) for s in rows["sponsor"]]
    out = []
    for key, g in rows.groupby("key", sort=False):
        spellings = g["sponsor"].value_counts()
        out.append({"key": key, "name": spellings.index[0],
                    "variants": sorted(spellings.index[1:]),
                    "projects": sorted(g["project_id"]),
                    "networks": sorted(g["network_code"].dropna().unique()),
                    "network_names": sorted(g["network_name"].dropna().unique()),
                    "reviere": sorted(g["revier_code"].dropna().unique()),
                    "laender": sorted(g["land_code"].dropna().unique())})
    df = pd.DataFrame(out)
    df["n_networks"] = df["networks"].str.len()
    df["n_laender"] = df["laender"].str.len()
    df["n_projects"] = df["projects"].str.len()
    return df.sort_values(["n_networks", "n_laender", "n_projects", "name"],
                          ascending=[False, False, False, True]).reset_index(drop=True)


def actor_links(db: Database, filters: Filters, keys: tuple[str, ...]) -> pd.DataFrame:
    """For the network picture: per actor (normal forms `keys`, in that order) and Fachnetzwerk
    the number of projects. Columns actor (most frequent spelling), network ("MR Energie…"),
    network_code, projects."""
    from dashboard.analytics.filtering import query_filtered

    raw = query_filtered(db, "match_actors", filters).df
    raw["key"] = [sponsor_key(s) for s in raw["sponsor"]]
    raw = raw[raw["key"].isin(keys)]
    names = {k: g["sponsor"].value_counts().index[0] for k, g in raw.groupby("key")}
    order = {k: i for i, k in enumerate(keys)}
    rows = [{"actor": names[key], "network": f"{code.split('-')[0]} {name}", "network_code": code,
             "projects": len(g), "rank": order[key]}
            for (key, code, name), g in raw.groupby(["key", "network_code", "network_name"])]
    out = pd.DataFrame(rows, columns=["actor", "network", "network_code", "projects", "rank"])
    return out.sort_values(["rank", "network_code"]).drop(columns="rank").reset_index(drop=True)
