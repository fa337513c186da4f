"""The page Präsentation (app_pages/presentation.py): the chosen charts as full-screen slides for
the projector, with live refresh. Its pieces: projector layout, filter chips, slide sequence, live
refresh decisions, share link with QR code. The decisions are plain functions (tested, benched)."""

from __future__ import annotations

import html
import io
import os
import time
from urllib.parse import urlencode, urlsplit, urlunsplit

import segno
import streamlit as st

from dashboard import clock, i18n
from dashboard.briefing.content import key_sentences, kpi_figures
from dashboard.domain.filters import Filters
from dashboard.domain.taxonomy import Taxonomy
from dashboard.formatting import fmt_date, fmt_datetime
from dashboard.texts import t
from dashboard.texts.filters import FIELDS, LABELS, options
from dashboard.ui import resources
from dashboard.ui.components import empty_state, image_downloads, tile, tile_row
from dashboard.ui.language import keeping_language
from dashboard.ui.safe import md, md_heading
from dashboard.views import all_views, view_label

KPI_SLIDE = "kpis"          # the KPI tiles are a slide like the views
PROJECTOR_SCALE = 1.4       # chart text 14 px * 1.4 = 20 px: legible from the back row
AUTO_CHOICES = (0, 15, 30, 60)
PAGE_PATH = "praesentation"  # the Übersicht is the default page: it lives at the root URL

# Big type, high contrast, no Streamlit chrome; the sidebar (filter bar) stays reachable. The
# slide fills the screen and never more: the main block is exactly one screen high, the stage
# (chart and sentences) takes what the headline and the controls leave, and the chart
# stretches into it; type scales with the screen (clamp), so 1280 x 800 and 1920 x 1080 both
# show a whole slide without scrolling and no figure is cut.
_CSS = """<style>
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], footer, #MainMenu {display: none !important;}
.block-container {padding-top: 0.6rem !important; padding-bottom: 0.4rem !important;
  max-width: 100% !important;}
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] {
  height: calc(100vh - 1.2rem); overflow: hidden;}
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > * {flex-shrink: 0;}
/* a paragraph's bottom margin in the one-line rows would push the row past its own height */
.pres-counter {font-size: clamp(1rem, 1.35vw, 1.45rem); white-space: nowrap;}
.st-key-pres_controls p, .st-key-pres_filter_row p, .st-key-pres_stand p {margin-bottom: 0
  !important; line-height: 1.25
  !important;}
[data-testid="stLayoutWrapper"]:has(> .st-key-pres_stage) {flex: 1 1 0 !important;
  min-height: 0 !important;}
.st-key-pres_stage {height: 100% !important; min-height: 0 !important;}
[data-testid="stLayoutWrapper"]:has(> .st-key-pres_chart) {flex: 4 1 0 !important;
  min-width: 0 !important; height: 100%;}
[data-testid="stLayoutWrapper"]:has(> .st-key-pres_side) {flex: 1 1 0 !important;
  min-width: 14rem !important; height: 100%; overflow-y: auto;}
[data-testid="stAppViewContainer"] {background: #FFFFFF; color: #111111;}
[data-testid="stMain"] p, [data-testid="stMain"] li, [data-testid="stMain"] label,
[data-testid="stMain"] button {font-size: clamp(1rem, 1.35vw, 1.45rem) !important;}
.st-key-pres_headline h1 {font-size: clamp(1.5rem, 2.3vw, 2.6rem) !important; color: #0B2E4F;
  line-height: 1.15; padding: 0.2rem 0 0.3rem 0 !important;}
.st-key-pres_sentences p, .st-key-pres_sentences li {font-size: clamp(1.05rem, 1.45vw, 1.7rem)
  !important; color: #111111; line-height: 1.3;}
.st-key-pres_stand p {font-size: clamp(0.95rem, 1.1vw, 1.2rem) !important; color: #1F2933;
  font-weight: 600;}
[data-testid="stMain"] [data-testid="stMetric"] {container-type: inline-size;}
[data-testid="stMain"] [data-testid="stMetricValue"] {font-size: clamp(1.8rem, 13cqi, 3.6rem)
  !important; color: #0B2E4F; font-weight: 700;}
[data-testid="stMain"] [data-testid="stMetricValue"] p {font-size: inherit !important;}
[data-testid="stMain"] [data-testid="stMetricLabel"] p {font-size: clamp(1.05rem, 1.5vw, 1.6rem)
  !important;}
/* the key-figure slide: six tiles fill the stage (3 x 2; 2 x 3 on the projector's 1280 px),
   each figure as large as its tile's width allows, readable from the back of the room */
[data-testid="stLayoutWrapper"]:has(> .st-key-tiles_pres) {flex: 1 1 0 !important;
  min-width: 0 !important; height: 100%;}
.st-key-tiles_pres {display: grid !important; grid-template-columns: repeat(3, minmax(0, 1fr));
  grid-auto-rows: minmax(0, 1fr); gap: 1rem 1.2rem; height: 100%;}
@media (max-width: 1400px) {.st-key-tiles_pres {grid-template-columns: repeat(2, minmax(0, 1fr));}}
.st-key-tiles_pres > [data-testid="stLayoutWrapper"] {min-width: 0 !important; height: 100%;}
.st-key-tiles_pres [class*="st-key-pres_kpi_"] {height: 100%; justify-content: center;
  padding: 0.5rem 1.6rem;}
[data-testid="stMain"] .st-key-tiles_pres [data-testid="stMetricValue"] {
  font-size: min(14cqi, 9vh) !important;}
/* a line as high as the glyphs: at 1.15 the figure's box ran 6 px past its own line */
[data-testid="stMain"] .st-key-tiles_pres [data-testid="stMetricValue"],
[data-testid="stMain"] .st-key-tiles_pres [data-testid="stMetricValue"] * {
  line-height: 1.3 !important;}
[data-testid="stMain"] .st-key-tiles_pres [data-testid="stMetricLabel"] p {
  font-size: clamp(1.3rem, 2vw, 2.4rem) !important;}
</style>"""


# "780,4 Mio. €" takes three quarters of a tile at the full size (14cqi); a longer figure
# ("48.123 (48 %)" at 100k projects) is set smaller in proportion, so it is never cut
KPI_FULL_CHARS = 15
_KPI_SMALLER = ('[data-testid="stMain"] .st-key-tiles_pres .st-key-pres_kpi_%d '
                '[data-testid="stMetricValue"] {font-size: min(%.1fcqi, 9vh) !important;}')


def kpi_tiles(figures) -> None:
    """The key-figure slide: (label, figure) tiles that fill the stage (see _CSS)."""
    smaller = [_KPI_SMALLER % (i, 14 * KPI_FULL_CHARS / len(value))
               for i, (_, value) in enumerate(figures) if len(value) > KPI_FULL_CHARS]
    if smaller:
        st.html("<style>" + "\n".join(smaller) + "</style>")
    with tile_row("pres"):
        for i, (label, value) in enumerate(figures):
            tile(label, value, key=f"pres_kpi_{i}")


def fill_stage(figure):
    """A copy of a view's figure without a fixed height: it takes the stage's height, so the
    slide never grows below the screen."""
    import plotly.graph_objects as go

    fig = go.Figure(figure)
    fig.update_layout(height=None, autosize=True)
    return fig


def projector_layout() -> None:
    """Collapse the sidebar, hide Streamlit's chrome and enlarge the type."""
    st.set_page_config(layout="wide", initial_sidebar_state="collapsed")
    st.html(_CSS)


# -- slides ---------------------------------------------------------------------------------
def slide_choices(view_labels: dict[str, str]) -> dict[str, str]:
    """KPI slide first, then every registered view, in registry order."""
    return {KPI_SLIDE: t("pres.kpis"), **view_labels}


def clamp_index(index: int, count: int) -> int:
    return index % count if count else 0


def step(delta: int, count: int) -> None:
    """Button callback: next/previous slide, wrapping around."""
    st.session_state["pres_index"] = clamp_index(st.session_state.get("pres_index", 0) + delta,
                                                 count)
    st.session_state["pres_shown_at"] = time.monotonic()


# -- live refresh ---------------------------------------------------------------------------
def follow(shown_version: int | None, shown_at: float, auto_s: int) -> bool:
    """Rerun this page when a commit changes the data (unless frozen: `shown_version` None) and
    when the slide's auto-advance time is up; nothing runs in between (ui.live)."""
    from dashboard.ui import live

    return live.follow(resources.database(), shown_version, shown_at + auto_s if auto_s else None)


def advance_due(now: float, shown_at: float | None, interval_s: int) -> bool:
    """Auto-advance: the slide has been on screen for the chosen interval."""
    return bool(interval_s) and shown_at is not None and now - shown_at >= interval_s


# -- filter chips ---------------------------------------------------------------------------
def _chip_list(filters: Filters) -> list[str]:
    chips = [f"{field}:{code}" for field in FIELDS for code in getattr(filters, field)]
    if filters.period_from or filters.period_to:
        chips.append("period:")
    return chips


def _chips_changed() -> None:
    kept = set(st.session_state.get("pres_chips") or [])
    for field in FIELDS:
        current = st.session_state.get(f"filter_{field}") or []
        st.session_state[f"filter_{field}"] = [c for c in current if f"{field}:{c}" in kept]
    if "period:" not in kept:
        st.session_state["filter_period_from"] = st.session_state["filter_period_to"] = None


def _copy_filter(field: str) -> None:
    st.session_state[f"filter_{field}"] = list(st.session_state.get(f"pres_filter_{field}") or [])


def filter_chips(filters: Filters, taxonomy: Taxonomy) -> None:
    """Active filters as chips (tap removes one) and a popover to change them. Writes the shared
    `filter_<field>` state, so the sidebar filter bar and the URL follow."""
    opts = options(taxonomy)
    labels = {f"{field}:{code}": md(f"{t(LABELS[field])}: {opts[field].get(code, code)}")
              for field in FIELDS for code in opts[field]}
    labels["period:"] = t("pres.period", start=fmt_date(filters.period_from) if filters.period_from
                          else "…", end=fmt_date(filters.period_to) if filters.period_to else "…")
    chips = _chip_list(filters)
    st.session_state["pres_chips"] = chips
    with st.container(horizontal=True, vertical_alignment="center", key="pres_filter_row"):
        if chips:
            st.pills(t("pres.filters"), chips, selection_mode="multi", key="pres_chips",
                     format_func=labels.get, on_change=_chips_changed,
                     help=t("pres.filters.remove_help"), label_visibility="collapsed")
        else:
            st.markdown(t("pres.filters.none"))
        filter_popover(opts)


def filter_popover(opts: dict[str, dict[str, str]]) -> None:
    """A popover to change the filters without the sidebar."""
    with st.popover(t("pres.filters.change"), icon=":material/filter_alt:",
                    key="pres_filter_popover"):
        for field in FIELDS:
            st.session_state[f"pres_filter_{field}"] = list(
                st.session_state.get(f"filter_{field}") or [])
            st.multiselect(t(LABELS[field]), list(opts[field]), format_func=opts[field].get,
                           key=f"pres_filter_{field}", on_change=_copy_filter, args=(field,),
                           placeholder=t("filter.placeholder"))


# -- share link -----------------------------------------------------------------------------
def share_url(page_url: str, filters: Filters, public_base: str | None = None,
              language: str = "de") -> str:
    """Link to the Übersicht with the current filters (and ?lang=en for English), on the public
    base URL if one is set ($DASHBOARD_PUBLIC_URL), else on the address the presentation
    screen uses."""
    if public_base:
        base = public_base.rstrip("/")
    else:
        parts = urlsplit(page_url)
        path = parts.path.rstrip("/")
        if path.endswith(f"/{PAGE_PATH}") or path == PAGE_PATH:
            path = path[: -len(PAGE_PATH)].rstrip("/")
        base = urlunsplit((parts.scheme, parts.netloc, path, "", "")).rstrip("/")
    params = filters.to_query_params()
    if language != "de":
        params = {**params, "lang": language}
    query = urlencode(params, safe=",")
    return f"{base}/" + (f"?{query}" if query else "")


def qr_png(url: str) -> bytes:
    """A QR code of the link, large enough to scan from the back row."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=2, dark="#000000")
    return buffer.getvalue()


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "0.0.0.0", "[::1]")


def is_local(url: str) -> bool:
    """A link only this computer can open (loopback or unspecified address)."""
    host = urlsplit(url).hostname or ""
    return host in LOCAL_HOSTS or host.startswith("127.")


def share_box(filters: Filters) -> None:
    """QR code and short link for participants' own devices; for a link that only works on
    this computer a warning (what to set) instead of a QR code nobody else can open."""
    try:
        page_url = st.context.url or ""
    except Exception:  # noqa: BLE001 - no browser context (tests): fall back to the local app
        page_url = ""
    url = share_url(page_url or "http://localhost:8501", filters,
                    os.environ.get("DASHBOARD_PUBLIC_URL"), i18n.language())
    with st.container(key="pres_share"):
        st.markdown(f"**{t('pres.share')}**")
        if is_local(url):
            st.warning(t("pres.share.local", host=urlsplit(url).hostname), icon=":material/wifi_off:")
        else:
            st.image(qr_png(url), width=260)
            st.caption(t("pres.share.caption"))
        st.code(url, language=None, wrap_lines=True)


# -- controls -------------------------------------------------------------------------------
def _auto_changed() -> None:
    st.session_state["pres_shown_at"] = time.monotonic()


def _briefing(kind: str, filters: Filters, slides: list[str], author: str | None) -> bytes:
    """Built on click, outside the script run: everything of the session (the author) is
    passed in, since st.user is not available there."""
    from dashboard.briefing.deck import briefing_pptx
    from dashboard.briefing.pdf import briefing_pdf

    build = briefing_pptx if kind == "pptx" else briefing_pdf
    return build(resources.database(), filters, resources.taxonomy(),
                 [k for k in slides if k != KPI_SLIDE], author=author)


def controls(choices: dict[str, str], slides: list[str], index: int, filters: Filters) -> None:
    """Previous/next (arrow keys), freeze, auto-advance, slide choice, briefing downloads, link
    and QR code: one row that wraps instead of cutting a label."""
    from dashboard.charts.renderer import unavailable_reason

    count = len(slides)
    with st.container(horizontal=True, vertical_alignment="center", key="pres_controls",
                      gap="small"):
        st.button(t("pres.prev"), key="pres_prev", on_click=step, args=(-1, count),
                  shortcut="Left", icon=":material/arrow_back:", disabled=count < 2)
        with st.container(key="pres_counter", width="content"):
            # plain text in a span: a markdown block here kept a fixed 13 px box and let the
            # text hang below the row
            counter = t("pres.counter", n=index + 1 if count else 0, total=count)
            st.html(f'<span class="pres-counter" aria-live="polite">{html.escape(counter)}</span>')
        st.button(t("pres.next"), key="pres_next", on_click=step, args=(1, count),
                  shortcut="Right", icon=":material/arrow_forward:", disabled=count < 2)
        st.toggle(t("pres.freeze"), key="pres_freeze", help=t("pres.freeze.help"))
        st.selectbox(t("pres.auto"), AUTO_CHOICES, key="pres_auto", on_change=_auto_changed,
                     format_func=lambda s: t("pres.auto.seconds", s=s) if s else t("pres.auto.off"),
                     label_visibility="collapsed", width=250)
        with st.popover(t("pres.slides"), icon=":material/view_carousel:",
                        key="pres_slides_popover"):
            st.multiselect(t("pres.slides"), list(choices), format_func=choices.get,
                           key="pres_slides", help=t("pres.slides.help"))
            st.caption(t("pres.keys"))
        with st.popover(t("pres.share.button"), icon=":material/qr_code_2:",
                        key="pres_share_popover"):
            share_box(filters)
        with st.popover(t("pres.briefing"), icon=":material/download:",
                        key="pres_briefing_popover"):
            if reason := unavailable_reason():
                st.caption(t("image.unavailable", reason=reason))
                return
            from dashboard.ui.auth import current_user
            from dashboard.ui.components import download_context

            context, author = download_context(), current_user()
            st.download_button(t("briefing.download.pptx"),
                               keeping_language(_briefing, "pptx", filters, slides, author),
                               context.file_name(t("briefing.file_stem"), "pptx"),
                               "application/vnd.openxmlformats-officedocument.presentationml."
                               "presentation", key="pres_pptx", icon=":material/slideshow:", on_click="ignore")
            st.download_button(t("briefing.download.pdf"),
                               keeping_language(_briefing, "pdf", filters, slides, author),
                               context.file_name(t("briefing.file_stem"), "pdf"),
                               "application/pdf", key="pres_pdf",
                               icon=":material/picture_as_pdf:", on_click="ignore")


# -- the page -------------------------------------------------------------------------------
SNAPSHOT_SIZE = 64  # slides kept for the frozen screen; more (filters changed often): start over


def _kept(snapshot: dict, frozen: bool, filters: Filters, kind: str, loader):
    """A slide's content: loaded anew, or while frozen what is on screen already."""
    key = (kind, filters.model_dump_json())
    if not (frozen and key in snapshot):
        if len(snapshot) > SNAPSHOT_SIZE:
            snapshot.clear()
        snapshot[key] = loader()
    return snapshot[key]


def _stand(state, version: int, frozen: bool) -> None:
    """What is on screen stays on screen while frozen; otherwise the newest commit is shown."""
    if not frozen or "pres_version" not in state:
        if state.get("pres_version") != version:
            if "pres_version" in state:
                st.toast(t("pres.updated"), icon=":material/update:")
            state["pres_stand"] = clock.now_local()
        state["pres_version"] = version


def _top_row(state, filters: Filters, frozen: bool) -> None:
    """The filters as chips, and the data's time (and whether the screen is frozen)."""
    top_left, top_right = st.columns([3, 1], vertical_alignment="center")
    with top_left:
        filter_chips(filters, resources.taxonomy())
    with top_right, st.container(key="pres_stand"):
        stand = t("pres.stand", when=fmt_datetime(state["pres_stand"]))
        st.markdown(f"**{stand}**" + (f" · {t('pres.frozen')}" if frozen else ""))


def _slide_index(state, slides: list[str], version: int | None) -> int:
    """The slide to show (moved on when its time is up); asks the live watcher to wake this
    session at the next commit (`version`; None: frozen) or when the slide's time is up."""
    if advance_due(time.monotonic(), state.get("pres_shown_at"), state.get("pres_auto", 0)):
        step(1, len(slides))  # the slide's time is up (the live watcher woke this run)
    index = clamp_index(state.get("pres_index", 0), len(slides))
    state["pres_index"] = index
    state.setdefault("pres_shown_at", time.monotonic())
    follow(version, state["pres_shown_at"], state.get("pres_auto", 0))
    return index


def _slide(current: str | None, filters: Filters, fetch) -> None:
    """Headline and stage of the current slide: the key figures, or a view's chart and its
    sentences (`fetch(kind, loader)`: loaded, or kept while frozen)."""
    view = None
    if current == KPI_SLIDE:
        with st.container(key="pres_headline"):
            st.title(t("pres.kpis.title"))
    elif current:
        view = fetch(current, lambda: resources.load_view(current, filters, scale=PROJECTOR_SCALE))
        figure = fetch(f"{current}:figure", lambda: fill_stage(view.figure)) \
            if not view.is_empty else None
        with st.container(key="pres_headline"):
            st.title(md_heading(view.title))

    # the stage takes the height the headline and the controls leave (see _CSS)
    with st.container(key="pres_stage", height="stretch", horizontal=True):
        if current == KPI_SLIDE:
            kpi_tiles(fetch(current, lambda: resources.load(kpi_figures, filters)))
        elif view is not None and view.is_empty:
            empty_state(md(view.empty_message or t("briefing.empty")), key="pres_empty")
        elif view is not None:
            with st.container(key="pres_chart", height="stretch"):
                st.plotly_chart(figure, key=f"pres_plot_{current}", height="stretch",
                                config={"displaylogo": False, "displayModeBar": False,
                                        "responsive": True}, theme=None)
            with st.container(key="pres_side", height="stretch"):
                with st.container(key="pres_sentences"):
                    # a figure never breaks from its unit on the projector ("80 %")
                    st.markdown("\n".join(f"- {md(s)}".replace(" %", "\u00a0%")
                                           for s in key_sentences(view)))
                image_downloads(view.figure, key=f"pres_{current}", file_stem=current,
                                title=view.title)


def presentation_page(filters: Filters) -> None:
    """Draw the current slide for the filters of this run, with its controls."""
    projector_layout()
    state = st.session_state
    choices = slide_choices({k: view_label(k) for k in all_views()})
    state["pres_slides"] = [k for k in state.get("pres_slides", list(choices)) if k in choices]
    frozen = state.get("pres_freeze", False)
    version = resources.data_version()
    _stand(state, version, frozen)
    snapshot = state.setdefault("pres_snapshot", {})

    _top_row(state, filters, frozen)
    slides = state["pres_slides"]
    if not slides:
        empty_state(t("pres.slides.empty"), key="pres_no_slides")
    index = _slide_index(state, slides, None if frozen else version)
    _slide(slides[index] if slides else None, filters,
           lambda kind, loader: _kept(snapshot, frozen, filters, kind, loader))
    controls(choices, slides, index, filters)
