"""Views of the Wirkung page: progress towards every target in force (with the target as a
line and a status in words), and one indicator per scope against its targets."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard import clock
from dashboard.analytics.impact import indicators, progress_table, scope_values
from dashboard.charts.finance import GRANTED, REQUESTED, indicator_figure, progress_figure
from dashboard.domain.filters import Filters
from dashboard.domain.impact import ACTUAL_STAGE, STAGES
from dashboard.domain.taxonomy import Taxonomy
from dashboard.facts import Num, count, eur, extreme, join_names, say, share
from dashboard.impact.scopes import scope_names as names_of_scopes
from dashboard.store.gateway import Database
from dashboard.texts import t
from dashboard.views import View, register

STATUS_COLOURS = {"reached": "#009E73", "on_track": "#56B4E9", "behind": "#E69F00",
                  "far_behind": "#D55E00", "no_actual": "#BDC3C9", "no_scale": "#BDC3C9"}
STAGE_COLOURS = {"planned": REQUESTED, "decided": GRANTED, "implemented": "#009E73"}


def _c(key: str) -> str:
    return t(f"wirkung.col.{key}")


def scope_names(taxonomy: Taxonomy) -> dict[tuple[str, str | None], str]:
    """(scope, code) -> the name people know, "gesamt" in the reader's language."""
    return names_of_scopes(taxonomy, t("wirkung.scope.gesamt"))


def _num(unit: str, value: float) -> Num:
    return eur(value) if unit == "EUR" else count(value)


def _label(row, names) -> str:
    scope = names.get((row["scope"], row["scope_code"]), row["scope_code"] or "")
    return f"{row['indicator_name']} · {scope}"


@register("indicator_progress", "Fortschritt zu den Zielen",
          checks=("progress_recomputes", "progress_bars_equal_data"))
def progress_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                  today: date | None = None) -> View:
    today = today or clock.today()
    df = progress_table(db, filters, today)
    names = scope_names(taxonomy)
    labels = [_label(r, names) for r in df.to_dict("records")]
    data = pd.DataFrame({
        t("wirkung.col.indicator"): labels,
        _c("period"): [f"{a}–{b}" for a, b in zip(df["period_start"], df["period_end"], strict=True)],
        _c("baseline"): df["baseline"], _c("target"): df["target_value"], _c("actual"): df["actual"],
        _c("progress"): df["progress"], _c("expected"): df["expected"],
        _c("status"): [t(f"wirkung.status.{s}") for s in df["status"]],
        _c("good"): df["status"].isin(["reached", "on_track"]).astype(bool)})
    explanation = t("wirkung.progress.explanation")
    if data.empty:
        none = not db.scalar("SELECT count(*) FROM indicator_target")
        return View.nothing("indicator_progress", t("wirkung.progress.empty" if none else
                                                    "wirkung.progress.empty_selection"),
                            explanation, data)
    good = int(df["status"].isin(["reached", "on_track"]).sum())
    headline = say("wirkung.progress.title", agree="n", n=count(good), total=count(len(df)))
    col, label = _c("progress"), t("wirkung.col.indicator")
    statements, claims = [], []
    worst = extreme(data, col, label, "min")
    if worst is not None and len(data[data[col].notna()]) > 1:
        row = data[data[label] == worst.labels[0]].iloc[0]
        claims.append(worst)
        statements.append(say("wirkung.progress.behind", targets=join_names(worst.labels),
                              value=share(worst.value), expected=share(row[_c("expected")])))
        best = extreme(data, col, label, "max")
        claims.append(best)
        statements.append(say("wirkung.progress.best", targets=join_names(best.labels),
                              value=share(best.value)))
    missing = data.loc[data[_c("actual")].isna(), label]
    if len(missing):
        statements.append(say("wirkung.progress.none", n=count(len(missing)),
                              targets=join_names(list(missing))))
    fig = progress_figure(labels, df["progress"], df["expected"],
                          [STATUS_COLOURS[s] for s in df["status"]],
                          [t(f"wirkung.status.{s}") for s in df["status"]], scale=scale)
    return View.of("indicator_progress", headline, explanation, data, fig, statements,
                   claims=claims, units={_c("progress"): "share", _c("expected"): "share"},
                   meta={"table": df})


@register("indicator_detail", "Indikator je Bereich", checks=("indicator_targets_drawn",))
def indicator_view(db: Database, filters: Filters, taxonomy: Taxonomy, *, scale: float = 1.0,
                   today: date | None = None, indicator: str = "JOBS") -> View:
    today = today or clock.today()
    ind = indicators(db).set_index("code")
    if indicator not in ind.index:
        raise ValueError(f"unbekannter Indikator {indicator!r}")
    info = ind.loc[indicator]
    table = progress_table(db, filters, today)
    mine = table[table["indicator_code"] == indicator]
    scope = mine["scope"].iloc[0] if len(mine) else "revier"
    names = scope_names(taxonomy)
    wide = scope_values(db, filters, indicator, scope, today)
    wide = wide[wide["scope_code"].notna()]
    order = [c for (s, c) in names if s == scope]
    wide = wide.assign(_o=[order.index(c) if c in order else len(order) for c in wide["scope_code"]]
                       ).sort_values("_o")
    targets = mine.set_index("scope_code").reindex(wide["scope_code"])
    labels = [names.get((scope, c), c) for c in wide["scope_code"]]
    unit = info["unit"]
    data = pd.DataFrame({_c("scope"): labels,
                         **{_c(s): wide[s].to_numpy(float) for s in STAGES},
                         _c("baseline"): targets["baseline"].to_numpy(float),
                         _c("target"): targets["target_value"].to_numpy(float),
                         _c("progress"): targets["progress"].to_numpy(float)})
    data = data.dropna(axis=1, how="all")
    explanation = t("wirkung.ind.explanation", name=info["name"], unit=unit,
                    scope=t(f"finanzen.dimension.{scope}") if scope in
                    ("revier", "land", "focus_area", "programme") else _c("scope"))
    stage = ACTUAL_STAGE.get(indicator, "implemented")
    if data.empty or _c(stage) not in data or (data[_c(stage)].fillna(0).sum() == 0
                                               and _c("target") not in data):
        return View.nothing("indicator_detail", t("wirkung.ind.empty"), explanation, data,
                            meta={"indicator": indicator})
    statements = []
    for r in mine.itertuples():
        label = names.get((scope, r.scope_code), r.scope_code)
        if pd.notna(r.actual):
            statements.append(say("wirkung.ind.sentence", scope=label,
                                  actual=_num(unit, r.actual), target=_num(unit, r.target_value),
                                  share=share(r.progress), status=t(f"wirkung.status.{r.status}")))
    first = mine[mine["actual"].notna()].head(1)
    suffix = "_eur" if unit == "EUR" else ""
    if len(first):
        r = first.iloc[0]
        headline = say(f"wirkung.ind.title{suffix}", scope=names.get((scope, r["scope_code"]), ""),
                       actual=_num(unit, r["actual"]), target=_num(unit, r["target_value"]),
                       unit=unit, stage=t(f"wirkung.stage.{stage}"), share=share(r["progress"]))
    else:
        headline = say(f"wirkung.ind.title_plain{suffix}", name=info["name"], unit=unit,
                       actual=_num(unit, float(data[_c(stage)].sum())),
                       stage=t(f"wirkung.stage.{stage}"))
    series = {t(f"wirkung.stage.{s}"): data[_c(s)] for s in STAGES if _c(s) in data}
    colours = {t(f"wirkung.stage.{s}"): STAGE_COLOURS[s] for s in STAGES}
    fig = indicator_figure(labels, series, colours, targets["target_value"].astype(float),
                           targets["baseline"].astype(float), unit, scale=scale)
    units = {c: "eur" for c in data.columns if unit == "EUR" and c != _c("scope")}
    units[_c("progress")] = "share"
    return View.of("indicator_detail", headline, explanation, data, fig, statements, units=units,
                   meta={"indicator": indicator, "targets": mine, "scope": scope})
