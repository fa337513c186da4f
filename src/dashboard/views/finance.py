"""Views of the Finanzen page: the envelopes per funding period against what was granted, the
funding per year, the pace of commitment projected forward, and breakdowns."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import clock
from dashboard.analytics.finance import (
    DIMENSIONS,
    PACE_YEARS,
    breakdown,
    envelope_periods,
    funding_by_year,
    pace_table,
)
from dashboard.charts.finance import breakdown_figure, envelope_figure, pace_figure, years_figure
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import count, eur, extreme, join_names, say, share
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register


def _col(key: str) -> str:
    return t(f"finanzen.col.{key}")


def revier_genitive(code: str, name: str) -> str:
    """'des Lausitzer Reviers': the genitive of a Revier's name (known ones spelled out)."""
    try:
        return t(f"fin.revier_gen.{code}")
    except KeyError:
        return t("fin.revier_gen.other", name=name)


def _envelope_rows(env: pd.DataFrame, filters: Filters, taxonomy: Taxonomy) -> pd.DataFrame:
    """The envelopes the selection can bind: those of the filtered Reviere, Länder and the
    Reviere and Länder of the filtered districts."""
    keep = pd.Series(True, index=env.index)
    if filters.reviere:
        keep &= env["revier_code"].isin(filters.reviere)
    if filters.bundeslaender:
        keep &= env["bundesland_code"].isin(filters.bundeslaender)
    if filters.districts:
        chosen = [d for d in taxonomy.districts if d.code in filters.districts]
        keep &= pd.Series([(r, b) in {(d.revier_code, d.bundesland_code) for d in chosen}
                           for r, b in zip(env["revier_code"], env["bundesland_code"],
                                           strict=True)], index=env.index, dtype=bool)
    return env[keep]


@register("finance_envelope", "Finanzrahmen je Förderperiode",
          checks=("envelope_bars_equal_data", "envelope_equals_tiles"))
def envelope_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    year = (today or clock.today()).year
    env = _envelope_rows(envelope_periods(db, filters, year), filters, taxonomy)
    lands = {b.code: b.name for b in taxonomy.bundeslaender}
    frames = [f"{f} {a}–{b}" for f, a, b in zip(env["fund"], env["period_start"],
                                                 env["period_end"], strict=True)]
    regions = [n if isinstance(n, str) else lbl.split("–")[-1].strip()
               for n, lbl in zip(env["revier_name"], env["label"], strict=True)]
    data = pd.DataFrame({_col("fund"): env["fund"].to_numpy(), _col("frame"): frames,
                         _col("land"): [lands.get(c, c) for c in env["bundesland_code"]],
                         _col("revier"): regions, _col("envelope"): env["envelope_eur"].to_numpy(),
                         _col("committed"): env["committed_eur"].to_numpy(),
                         _col("share"): env["share"].to_numpy()})
    explanation = t("fin.env.explanation")
    if data.empty:
        return View.nothing("finance_envelope", t("fin.env.empty"), explanation, data)
    running = env[(env["period_start"] <= year) & (env["period_end"] >= year)
                  & (env["fund"] == "InvKG")]
    if len(running):
        frame = f"InvKG {running['period_start'].iloc[0]}–{running['period_end'].iloc[0]}"
        rows = data[data[_col("frame")] == frame]
        total_c, total_e = float(rows[_col("committed")].sum()), float(rows[_col("envelope")].sum())
        headline = say("fin.env.title", frame=frame, share=share(total_c / total_e),
                       committed=eur(total_c), envelope=eur(total_e))
    else:
        total_c, total_e = float(data[_col("committed")].sum()), float(data[_col("envelope")].sum())
        headline = say("fin.env.title_none", year=str(year), committed=eur(total_c),
                       envelope=eur(total_e))
    statements = [say("fin.env.row", frame=r[_col("frame")], revier=r[_col("revier")],
                      committed=eur(r[_col("committed")]), envelope=eur(r[_col("envelope")]),
                      share=share(r[_col("share")]))
                  for r in data.to_dict("records")
                  if r[_col("frame")] != "" and r[_col("committed")] > 0][:4]
    labels = [f"{f} · {r}" for f, r in zip(frames, regions, strict=True)]
    fig = envelope_figure(labels, data[_col("envelope")], data[_col("committed")], scale=scale)
    return View.of("finance_envelope", headline, explanation, data, fig, statements,
                   units={_col("envelope"): "eur", _col("committed"): "eur",
                          _col("share"): "share"},
                   meta={"envelopes": env, "labels": labels})


@register("finance_years", "Mittel je Jahr", checks=("years_equal_tiles",))
def years_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
               today: date | None = None) -> View:
    year = (today or clock.today()).year
    flows = funding_by_year(db, filters, year)
    wide = flows.pivot_table(index="year", columns="measure", values="eur", aggfunc="sum",
                             fill_value=0.0).reindex(columns=["requested", "granted"],
                                                     fill_value=0.0)
    if len(wide):
        wide = wide.reindex(range(int(wide.index.min()), int(wide.index.max()) + 1),
                            fill_value=0.0)
    granted = flows[flows["measure"] == "granted"].groupby("year")["projects"].sum()
    undated = flows.groupby("year")["undated"].sum()
    data = pd.DataFrame({_col("year"): [str(y) for y in wide.index],
                         _col("requested"): wide["requested"].to_numpy(float),
                         _col("granted"): wide["granted"].to_numpy(float),
                         _col("granted_projects"): granted.reindex(wide.index, fill_value=0)
                         .to_numpy("int64"),
                         _col("undated"): undated.reindex(wide.index, fill_value=0).to_numpy("int64")})
    explanation = t("fin.years.explanation")
    if data.empty:
        return View.nothing("finance_years", t("fin.years.empty"), explanation, data)
    total_g, total_r = float(data[_col("granted")].sum()), float(data[_col("requested")].sum())
    best = extreme(data, _col("granted"), _col("year"))
    claims = []
    if total_g <= 0:
        headline = say("fin.years.title_none", requested=eur(total_r))
    elif best.is_tie:
        claims.append(best)
        headline = say("fin.years.title_tie", years=join_names(best.labels, False),
                       value=eur(best.value))
    else:
        claims.append(best)
        headline = say("fin.years.title", year=best.labels[0], value=eur(best.value),
                       total=eur(total_g))
    statements = [say("fin.years.sentence_total", granted=eur(total_g), requested=eur(total_r))]
    n_undated = int(data[_col("undated")].sum())
    if n_undated:
        statements.append(say("fin.years.sentence_undated", agree="n", n=count(n_undated)))
    fig = years_figure(list(data[_col("year")]), data[_col("requested")], data[_col("granted")],
                       scale=scale)
    return View.of("finance_years", headline, explanation, data, fig, statements, claims=claims,
                   units={_col("requested"): "eur", _col("granted"): "eur"})


@register("finance_pace", "Tempo der Bindung", checks=("pace_projection_holds",))
def pace_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
              today: date | None = None) -> View:
    year = (today or clock.today()).year
    table, paces = pace_table(db, filters, year)
    if len(table) and filters.reviere:
        table = table[table["revier_code"].isin(filters.reviere)]
        paces = {k: v for k, v in paces.items() if k in filters.reviere}
    first, last = year - PACE_YEARS, year - 1
    explanation = t("fin.pace.explanation", first=first, last=last)
    data = pd.DataFrame({
        _col("revier"): table.get("revier_name", pd.Series(dtype=object)),
        _col("year"): [str(y) for y in table.get("year", [])],
        _col("granted_year"): table.get("granted_eur", pd.Series(dtype=float)),
        _col("cumulative"): table.get("cumulative_eur", pd.Series(dtype=float)),
        _col("projected"): table.get("projected_eur", pd.Series(dtype=float)),
        _col("envelope"): table.get("envelope_eur", pd.Series(dtype=float)),
        _col("rate"): table.get("rate_eur", pd.Series(dtype=float)),
    })
    if data.empty or (filters.bundeslaender and "SN" not in filters.bundeslaender):
        return View.nothing("finance_pace", t("fin.pace.empty"), explanation, data)
    names = dict(zip(table["revier_code"], table["revier_name"], strict=False))
    statements = []
    for code, p in paces.items():
        when = str(p.reached_year or "")
        outcome = t(f"fin.pace.outcome.{p.outcome}", year=when, end=p.period_end)
        statements.append(say("fin.pace.sentence", revier=names[code], outcome=outcome,
                              committed=eur(p.committed_eur), envelope=eur(p.envelope_eur),
                              share=share(p.committed_eur / p.envelope_eur, decimals=1),
                              rate=eur(p.rate_eur)))
    # the headline states the chart's extreme: the Revier whose envelope is bound last (the
    # one furthest behind); a Revier without a pace is named in its sentence
    with_pace = [c for c in paces if paces[c].reached_year is not None]
    lead = max(with_pace, key=lambda c: (paces[c].reached_year, c)) if with_pace else None
    p = paces[lead] if lead else None
    if p is None or p.outcome == "none":
        headline = say("fin.pace.title.none", first=str(first), last=str(last))
    else:
        headline = say(f"fin.pace.title.{p.outcome}", revier=revier_genitive(lead, names[lead]),
                       year=str(p.reached_year), end=str(p.period_end))
    fig = pace_figure(table, scale=scale)
    return View.of("finance_pace", headline, explanation, data, fig, statements,
                   units={c: "eur" for c in data.columns[2:]},
                   meta={"paces": paces, "table": table, "year": year})


def _group_names(dimension: str, taxonomy: Taxonomy) -> dict[str, str]:
    source = {"revier": taxonomy.reviere, "land": taxonomy.bundeslaender,
              "focus_area": taxonomy.focus_areas, "programme": taxonomy.programmes}[dimension]
    return {x.code: x.name for x in source}


@register("finance_breakdown", "Mittel je Revier, Land, Schwerpunkt, Programm",
          checks=("breakdown_equals_tiles",))
def breakdown_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None, dimension: str = "revier") -> View:
    if dimension not in DIMENSIONS:
        raise ValueError(f"unbekannte Aufteilung {dimension!r}")
    df = breakdown(db, filters)
    df = df[df["dimension"] == dimension]
    names = _group_names(dimension, taxonomy)
    order = {c: i for i, c in enumerate(names)}
    df = df.assign(_o=[order.get(c, len(order)) for c in df["code"]]).sort_values("_o")
    data = pd.DataFrame({_col("group"): [names.get(c, c) if c else t("finanzen.not_stated")
                                         for c in df["code"]],
                         _col("projects"): df["projects"].to_numpy(),
                         _col("requested"): df["requested_eur"].to_numpy(),
                         _col("granted"): df["granted_eur"].to_numpy()})
    explanation = t("fin.split.explanation", dimension=t(f"finanzen.dimension.{dimension}"))
    if data.empty:
        return View.nothing("finance_breakdown", t("fin.years.empty"), explanation, data)
    group, granted, requested = _col("group"), _col("granted"), _col("requested")
    best = extreme(data, granted, group)
    total_g, total_r = float(data[granted].sum()), float(data[requested].sum())
    claims, statements = [best], [say("fin.split.requested", requested=eur(total_r))]
    if len(data) == 1:
        claims = []
        headline = say("fin.split.title_one", group=data[group].iloc[0], value=eur(total_g),
                       requested=eur(total_r))
    elif best.is_tie:
        headline = say("fin.split.title_tie", groups=join_names(best.labels),
                       value=eur(best.value))
    else:
        headline = say("fin.split.title", group=best.labels[0], value=eur(best.value),
                       total=eur(total_g))
    if len(data) > 2:
        least = extreme(data, granted, group, "min")
        claims.append(least)
        statements.insert(0, say("fin.split.least", groups=join_names(least.labels),
                                 value=eur(least.value)))
    fig = breakdown_figure(list(data[group]), data[requested], data[granted], scale=scale)
    return View.of("finance_breakdown", headline, explanation, data, fig, statements,
                   claims=claims, units={requested: "eur", granted: "eur"},
                   meta={"dimension": dimension})
