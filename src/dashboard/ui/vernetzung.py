"""The page Vernetzung (app_pages/vernetzung.py) and the project detail section: the review
queue with both projects side by side and the decisions, open pairs per network, the actors."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.access import may
from dashboard.domain.filters import Filters
from dashboard.formatting import fmt_date, fmt_eur_short, fmt_int
from dashboard.matching import queue
from dashboard.matching.scoring import DEFAULT_THRESHOLD, KINDS
from dashboard.texts import t
from dashboard.ui.auth import current_actor, current_user, where
from dashboard.ui.components import empty_state, lazy_tabs, tile, tile_row, view_block
from dashboard.ui.language import PROJECT_ID_IN_LINK, project_link
from dashboard.ui.resources import database, load, load_view
from dashboard.ui.safe import md, md_frame

MAX_ROWS = 200      # rows of the queue table (the CLI prints all)


def _link(key: str) -> str:
    return project_link(key)


def pairs_tab(filters: Filters) -> None:
    """Tiles, the queue, the chosen pair side by side with the decisions, pairs per network."""
    figures = load(queue.summary, filters)
    with tile_row("vernetzung"):
        tile(t("vernetzung.kpi.open"), fmt_int(figures["open"]), key="kpi_pairs_open",
             help_text=t("vernetzung.kpi.open.help", threshold=round(100 * DEFAULT_THRESHOLD)))
        tile(t("vernetzung.kpi.cross"), fmt_int(figures["cross"]), key="kpi_pairs_cross",
             help_text=t("vernetzung.kpi.cross.help"))
        tile(t("vernetzung.kpi.decided"), fmt_int(figures["decided"]), key="kpi_pairs_decided",
             help_text=t("vernetzung.kpi.decided.help"))
    if run := figures["run"]:
        st.caption(t("vernetzung.run", when=fmt_date(run["finished_at"]),
                     projects=fmt_int(run["projects"]), kind=t(f"vernetzung.run.{run['kind']}")))
    if flash := st.session_state.pop("vernetzung_flash", None):
        st.success(md(flash), icon=":material/check:")
    kind = _kind(figures["by_kind"])
    st.caption(t(f"match.kind.help.{kind}"))
    if kind == "standard":
        _similar(load(queue.similar_measures, filters))
        view_block(load_view("vernetzung_networks", filters))
        return
    pairs = load(queue.open_pairs, filters, None, kind, MAX_ROWS)
    if pairs.empty:
        empty_state(t("vernetzung.none"), key="vernetzung_empty")
    else:
        _queue(pairs, figures["by_kind"][kind])
    view_block(load_view("vernetzung_networks", filters))


def _kind(counts: dict[str, int]) -> str:
    """The kind whose queue is shown (?art=, Dublette unless chosen): one queue at a time."""
    wanted = st.query_params.get("art", "")
    if "vernetzung_kind" not in st.session_state:
        st.session_state["vernetzung_kind"] = wanted if wanted in KINDS else KINDS[0]
    kind = st.segmented_control(
        t("vernetzung.kind.label"), list(KINDS), key="vernetzung_kind",
        format_func=lambda k: f"{t(f'match.kind.{k}')} ({fmt_int(counts.get(k, 0))})") or KINDS[0]
    if st.query_params.get("art") != kind:
        st.query_params["art"] = kind
        st.query_params.pop("paar", None)  # a pair of the other queue is not in this one
    return kind


def _similar(projects: pd.DataFrame) -> None:
    """The folded list of standard measures: projects, each with how many other sponsors run
    the same (no pairs, no decisions: they are no overlap)."""
    if projects.empty:
        empty_state(t("vernetzung.similar.none"), key="vernetzung_similar_empty")
        return
    table = pd.DataFrame({
        t("col.project_id"): [_link(k) for k in projects["project_id"]],
        t("col.title"): projects["title"],
        t("vernetzung.field.sponsor"): projects["sponsor"],
        t("vernetzung.field.place"): projects["municipality"],
        t("vernetzung.similar.count"): projects["same_title"].astype(int),
    })
    st.dataframe(table.head(MAX_ROWS), key="vernetzung_similar", hide_index=True, column_config={
        t("col.project_id"): st.column_config.LinkColumn(t("col.project_id"),
                                                         display_text=PROJECT_ID_IN_LINK)})


def _queue(pairs: pd.DataFrame, total: int) -> None:
    """The first MAX_ROWS open pairs of a kind (`pairs`) of `total` (the tile's count)."""
    st.header(t("vernetzung.queue.title"))
    st.caption(t("vernetzung.queue.caption"))
    shown = pairs.head(MAX_ROWS)
    if total > len(shown):
        st.caption(t("vernetzung.queue.more", shown=fmt_int(len(shown)), total=fmt_int(total)))
    table = pd.DataFrame({
        # a score of 0-100, not a percentage: "100 %" read as "the same" beside "Titel zu 83 %"
        "score": [round(100 * s) for s in shown["score"]],
        "a": shown["a"], "b": shown["b"],
        "cross": [", ".join(c) for c in shown["cross"]],
        "reasons": ["; ".join(r) for r in shown["reasons"]],
    })
    event = st.dataframe(table, key="vernetzung_queue", hide_index=True, on_select="rerun",
                         selection_mode="single-row", column_config={
                             **{c: st.column_config.TextColumn(t(f"vernetzung.col.{c}"))
                                for c in table.columns if c != "score"},
                             "score": st.column_config.NumberColumn(
                                 t("vernetzung.col.score"), help=t("vernetzung.col.score.help"),
                                 format="%d")})
    chosen = event.selection.rows if event is not None else []
    wanted = st.query_params.get("paar", "")
    if chosen and chosen[0] < len(shown):
        row = shown.iloc[chosen[0]]
    elif "~" in wanted and ((shown["a"] + "~" + shown["b"]) == wanted).any():
        row = shown[(shown["a"] + "~" + shown["b"]) == wanted].iloc[0]
    else:
        row = shown.iloc[0]
    st.query_params["paar"] = f"{row['a']}~{row['b']}"
    _pair(row)


def _pair(row: pd.Series) -> None:
    a, b = row["a"], row["b"]
    projects = load(queue.pair_projects, Filters(), a, b)
    with st.container(key="vernetzung_pair", border=True):
        st.header(t("vernetzung.pair.title", a=md(a), b=md(b),
                       pct=round(100 * float(row["score"]))))
        st.markdown(t("vernetzung.pair.kind", kind=t(f"match.kind.{row['kind']}")))
        # reasons name the words both texts share: user text
        st.markdown(t("vernetzung.pair.reasons", reasons=md("; ".join(row["reasons"]) or "–")))
        if row["cross"]:
            st.markdown(t("vernetzung.pair.cross", cross=", ".join(row["cross"])))
        for col, key in zip(st.columns(2), (a, b), strict=True):
            with col:
                _project(projects.loc[key])
        st.markdown(f"**{t('vernetzung.pair.decide')}**")
        actor = current_user()
        if not actor or not may(current_actor(), "decide_pairs"):  # Leitung, Moderation read
            st.caption(t("vernetzung.pair.no_user"))
            return
        # a row that wraps: four labels with project ids do not fit side by side at 1280 px
        with st.container(horizontal=True, key="vernetzung_decisions"):
            for label, decision, keep in (
                    (t("vernetzung.pair.keep", project=a), "dublette", a),
                    (t("vernetzung.pair.keep", project=b), "dublette", b),
                    (t("vernetzung.pair.related"), "verwandt", None),
                    (t("vernetzung.pair.independent"), "unabhaengig", None)):
                st.button(label, key=f"decide_{decision}_{keep or 'x'}", on_click=_decide,
                          args=(actor, a, b, decision, keep), width="content")


def _project(p: pd.Series) -> None:
    # the title is user text: shown literally (a title "![x](http://…)" loads no image)
    st.markdown(f"**[{md(p['project_id'])}]({_link(p['project_id'])})** – {md(p['title'])}")
    cost = p["total_cost_eur"] if pd.notna(p["total_cost_eur"]) else p["requested_eur"]
    period = f"{fmt_date(p['start_date'])} – {fmt_date(p['end_date'])}" \
        if pd.notna(p["start_date"]) else "–"
    rows = [("sponsor", p["sponsor"] or "–"),
            ("place", f"{p['municipality'] or '–'} ({p['district_name'] or '–'}, {p['land_name'] or '–'})"),
            ("network", f"{p['network_name'] or '–'} ({p['revier_name'] or '–'})"),
            ("stage", p["stage_name"] or "–"),
            ("cost", fmt_eur_short(cost) if pd.notna(cost) else "–"),
            ("period", period),
            ("description", p["description"] or "–")]
    # a static table: a second and third data grid on the page would repeat the grid's cell ids
    with st.container(key=f"pair_project_{p['project_id']}"):
        st.table(md_frame(pd.DataFrame({t("col.field"): [t(f"vernetzung.field.{k}")
                                                         for k, _ in rows],
                                         t("col.value"): [str(v) for _, v in rows]})),
                 hide_index=True)


def _decide(actor: str, a: str, b: str, decision: str, keep: str | None) -> None:
    from dashboard.audit import decision_audit
    from dashboard.matching.service import DecisionError, decide

    try:
        decide(database(), actor, (a, b), decision, keep=keep,
               audit=decision_audit(actor, where("vernetzung"), (a, b), decision, keep))
    except DecisionError as exc:
        st.session_state["vernetzung_flash"] = str(exc)
        return
    st.query_params.pop("paar", None)
    st.session_state["vernetzung_flash"] = t(
        "vernetzung.pair.done", decision=t(f"match.decision.{decision}"),
        pair=f"{a} ↔ {b}" + (f", {keep}" if keep else ""), actor=actor)


def actors_tab(filters: Filters) -> None:
    """The network picture (actor <-> Fachnetzwerk) with the table of actors below it."""
    actors = load(queue.actors, filters)
    st.header(t("actors.title"))
    st.caption(t("actors.caption"))
    if actors.empty:
        empty_state(t("actors.none"), key="actors_empty")
        return
    # picture and table one below the other: beside the picture the table cut its columns
    # ("Fachnetzwerke") and the picture cut its labels at 1280 px
    view_block(load_view("actors_picture", filters))
    table = pd.DataFrame({
        t("actors.col.name"): actors["name"],
        t("actors.col.projects"): actors["n_projects"],
        t("actors.col.networks"): [", ".join(n) for n in actors["networks"]],
        t("actors.col.laender"): [", ".join(n) for n in actors["laender"]],
        t("actors.col.variants"): [", ".join(v) for v in actors["variants"]],
    })
    # widths that add up to the main column at 1280 px: every column in sight, long lists
    # cut in their cell (whole on hover) instead of columns cut off at the right
    widths = (230, 70, 280, 110, 110)
    st.dataframe(table, key="actors_table", hide_index=True, height=420, column_config={
        c: st.column_config.Column(width=w) for c, w in zip(table.columns, widths, strict=True)})


def related_section(project_id: str) -> None:
    """Project detail: similar and linked projects, with links and reasons."""
    db = database()
    detail = queue.pair_projects(db, Filters(), project_id, project_id)
    st.header(t("related.title"))
    if len(detail) and pd.notna(detail["duplicate_of"].iloc[0]):
        st.warning(t("related.duplicate_of", project=detail["duplicate_of"].iloc[0]),
                   icon=":material/content_copy:")
    found = load(queue.related, Filters(), project_id)
    if found.empty:
        empty_state(t("related.none"), key="related_empty")
        return
    table = pd.DataFrame({
        t("col.project_id"): [_link(k) for k in found["partner"]],
        t("col.title"): found["title"],
        t("related.col.kind"): [t(f"related.kind.{k}") for k in found["kind"]],
        t("vernetzung.col.score"): [round(100 * s) for s in found["score"]],
        t("vernetzung.col.reasons"): ["; ".join(r) for r in found["reasons"]],
    })
    st.dataframe(table, key="related_table", hide_index=True, column_config={
        t("col.project_id"): st.column_config.LinkColumn(t("col.project_id"),
                                                         display_text=PROJECT_ID_IN_LINK)})


# -- the page -------------------------------------------------------------------------------
def vernetzung_page(filters: Filters) -> None:
    """The overlaps between projects and the actors, one tab at a time."""
    shown, tab = lazy_tabs({"pairs": t("vernetzung.tab.pairs"),
                            "actors": t("vernetzung.tab.actors")})
    with tab:
        if shown == "pairs":
            pairs_tab(filters)
        else:
            actors_tab(filters)
