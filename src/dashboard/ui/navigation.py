"""The pages of the app, in navigation order, as data (so the benchmark can list them and put
its baseline page into the very same navigation)."""

from __future__ import annotations

from typing import NamedTuple

import streamlit as st

from dashboard.config import PROJECT_ROOT
from dashboard.texts import t

# a local file: a material icon as page icon is fetched from fonts.gstatic.com by every browser
# (fails on an intranet without internet access and sends the user's address to a third party)
FAVICON = str(PROJECT_ROOT / "assets" / "favicon.png")
PAGE_DIR = PROJECT_ROOT / "app_pages"  # not "pages/": Streamlit would treat that as a legacy
# multipage folder and run e.g. pages/pipeline.py without app.py for the address /pipeline


class PageSpec(NamedTuple):
    section: str  # text key of the navigation section
    file: str  # in app_pages/
    title: str  # text key
    icon: str
    url_path: str  # "" = the default page, served at the root URL
    action: str = "read"  # what the policy must allow for the page to be shown


PAGES = (
    PageSpec("nav.section.dashboards", "overview.py", "nav.overview", ":material/dashboard:", ""),
    PageSpec("nav.section.dashboards", "pipeline.py", "nav.pipeline", ":material/filter_alt:",
             "pipeline"),
    PageSpec("nav.section.dashboards", "missions.py", "nav.missions", ":material/grid_on:",
             "missionen"),
    PageSpec("nav.section.dashboards", "themes.py", "nav.themes", ":material/diversity_3:",
             "querschnittsthemen"),
    PageSpec("nav.section.dashboards", "map.py", "nav.map", ":material/map:", "karte"),
    PageSpec("nav.section.dashboards", "finance.py", "nav.finanzen", ":material/euro:",
             "finanzen"),
    PageSpec("nav.section.dashboards", "impact.py", "nav.wirkung", ":material/flag:", "wirkung"),
    PageSpec("nav.section.dashboards", "projects.py", "nav.projects", ":material/list_alt:",
             "projekte"),
    PageSpec("nav.section.dashboards", "changes.py", "nav.changes", ":material/update:",
             "veraenderungen"),
    PageSpec("nav.section.dashboards", "vernetzung.py", "nav.vernetzung", ":material/hub:",
             "vernetzung"),
    PageSpec("nav.section.dashboards", "presentation.py", "nav.presentation",
             ":material/co_present:", "praesentation"),
    PageSpec("nav.section.data", "importer.py", "nav.import", ":material/upload_file:",
             "import", "import"),
    PageSpec("nav.section.data", "foerderlisten.py", "nav.foerderlisten", ":material/fact_check:",
             "foerderlisten"),  # reading is for everyone; the import part checks "import"
    PageSpec("nav.section.admin", "protocol.py", "nav.protocol", ":material/history:",
             "protokoll", "read_audit"),
    PageSpec("nav.section.admin", "admin.py", "nav.administration",
             ":material/admin_panel_settings:", "administration", "manage_users"),
    PageSpec("nav.section.info", "accessibility.py", "nav.accessibility",
             ":material/accessibility_new:", "barrierefreiheit"),
)
BY_URL = {spec.url_path or "uebersicht": spec for spec in PAGES}


def build(*, default_page: st.Page | None = None) -> dict[str, list[st.Page]]:
    """st.Page objects per section title. `default_page` (the benchmark's baseline) replaces
    the Übersicht as the page at the root URL; the Übersicht then lives at /uebersicht."""
    sections: dict[str, list[st.Page]] = {}
    for spec in PAGES:
        is_default = spec.url_path == "" and default_page is None
        page = st.Page(PAGE_DIR / spec.file, title=t(spec.title), icon=spec.icon,
                       default=is_default, url_path=spec.url_path or "uebersicht")
        sections.setdefault(t(spec.section), []).append(page)
    if default_page is not None:
        sections[next(iter(sections))].insert(0, default_page)
    return sections


def restrict(sections: dict[str, list[st.Page]], actor) -> dict[str, list[st.Page]]:
    """Only the pages the actor may see stay in the menu; each forbidden one keeps its address
    but answers "Keine Berechtigung" (a direct link never shows a traceback or another page)."""
    from dashboard.access import may

    out: dict[str, list[st.Page]] = {}
    for section, pages in sections.items():
        for page in pages:
            spec = BY_URL.get(page.url_path or "uebersicht")
            if spec is not None and not may(actor, spec.action):
                page = st.Page(_denied(actor), title=page.title, icon=page.icon,
                               url_path=page.url_path, visibility="hidden")
            out.setdefault(section, []).append(page)
    return out


def _denied(actor):
    def keine_berechtigung() -> None:
        from dashboard.ui.safe import md

        with st.container(key="access_denied"):
            st.error(md(t("access.denied", role=actor.role.label) if actor is not None
                        else t("access.denied_anonymous")), icon=":material/block:")
    return keine_berechtigung
