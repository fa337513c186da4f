"""Statements of the Vernetzung views (open pairs per Fachnetzwerk, actors)."""

from __future__ import annotations

from dashboard.views import View
from tests.figure_rules.core import Context, Problems, statement

_NETWORK_OF = (
    "SELECT p.project_id, n.code AS network_code FROM project p "
    "LEFT JOIN ref_network n ON n.revier_code = p.revier_code "
    "AND list_contains(n.focus_area_codes, p.focus_area_code) WHERE list_contains(?, p.project_id)")


@statement("pairs_bars_match_tiles")
def pairs_bars_match_tiles(view: View, ctx: Context) -> Problems:
    """The bars count each open pair once per Fachnetzwerk it touches (so their sum is the open
    pairs plus the pairs across two networks); the totals beside the chart are the tiles'."""
    from dashboard.matching import queue
    from dashboard.texts import t

    tiles = queue.summary(ctx.db, ctx.filters)
    problems = [f"{k} {view.meta[k]} != tile {tiles[k]}" for k in ("open", "cross")
                if view.meta[k] != tiles[k]]
    if view.is_empty:
        return problems + ([f"no chart although {tiles['open']} pairs are open"]
                           if tiles["open"] else [])
    shown = list(view.tables["summe"][t("vernetzung.col.pairs")])
    if shown != [tiles["open"], tiles["cross"]]:
        problems.append(f"totals beside the chart {shown} != tiles")
    pairs = queue.open_pairs(ctx.db, ctx.filters)
    pairs = pairs[pairs["kind"] != "standard"]  # standard measures are no overlap
    keys = sorted(set(pairs["a"]) | set(pairs["b"]))
    network = {r["project_id"]: r["network_code"]
               for r in ctx.db.query(_NETWORK_OF, [keys]).rows} if keys else {}
    expected = sum(len({network.get(a), network.get(b)}) for a, b in zip(pairs["a"], pairs["b"],
                                                                          strict=True))
    bars = int(view.data[t("vernetzung.col.open")].sum())
    if bars != expected:
        problems.append(f"bars add up to {bars}, the open pairs touch networks {expected} times")
    return problems


@statement("actors_picture_matches_table")
def actors_picture_matches_table(view: View, ctx: Context) -> Problems:
    """Every actor in the picture has as many Fachnetzwerke there as the table says, and the
    table lists exactly the actors with projects in more than one Fachnetzwerk."""
    from dashboard.analytics.filtering import query_filtered
    from dashboard.matching.normalise import sponsor_key
    from dashboard.texts import t

    name, nets = t("actors.col.name"), t("actors.col.networks")
    table = view.meta["actors"]
    problems = []
    raw = query_filtered(ctx.db, "match_actors", ctx.filters).df
    raw["key"] = [sponsor_key(s) for s in raw["sponsor"]]
    per_key = raw.dropna(subset=["network_code"]).groupby("key")["network_code"].nunique()
    if len(table) != int((per_key > 1).sum()):
        problems.append(f"table lists {len(table)} actors, {int((per_key > 1).sum())} work in "
                        "several networks")
    if view.is_empty:
        return problems
    picture = view.data.groupby(name)[t("vernetzung.col.network")].nunique()
    listed = dict(zip(table[name], table[nets], strict=True))
    for actor, n in picture.items():
        if listed.get(actor) != n:
            problems.append(f"{actor}: {n} networks in the picture, {listed.get(actor)} in the "
                            "table")
    return problems
