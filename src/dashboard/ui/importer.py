"""The page Import (app_pages/importer.py) and its pieces: upload -> plan -> commit, downloads,
history with undo.

The plan of an upload is kept in session_state, keyed by (file, sheet, data_version, user,
decisions), so reruns do not read the file again; a commit changes data_version and every cached
figure refreshes. The plan's messages are keys with values (texts.Said/Later), said again in
the page's language where they are shown (texts.again): switching the language reads nothing
again; downloads built on click keep the page's language (keeping_language).
"""

from __future__ import annotations

import hashlib
import math
from datetime import date, datetime
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.formatting import fmt_bytes, fmt_date, fmt_datetime, fmt_eur, fmt_int
from dashboard.ingest.decisions import Decision
from dashboard.ingest.fields import BY_NAME
from dashboard.ingest.messages import FileRejected, row_ranges
from dashboard.ingest.parse import Parsed
from dashboard.ingest.plan import ImportPlan
from dashboard.ingest.safety import MAX_FILE_BYTES
from dashboard.ingest.service import (
    commit_result,
    export_chunks,
    list_imports,
    plan_import,
    undo_import,
)
from dashboard.texts import again, t, tn
from dashboard.texts.filters import describe
from dashboard.ui import resources
from dashboard.ui.auth import current_actor, current_user, where
from dashboard.ui.components import tile, tile_row
from dashboard.ui.language import keeping_language
from dashboard.ui.safe import md_frame
from dashboard.ui.shell import current_filters

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FILE_TYPES = ["xlsx", "xlsm", "xls", "xlsb", "ods", "csv"]
MAX_EXPANDERS = 30
LIMIT_MB = MAX_FILE_BYTES // 1024 // 1024
# Streamlit 1.67 draws the drop zone's button ("Upload") and size line ("30MB per file • XLSX")
# in English with no parameter to change them; the CSS hides both and shows our words in
# their place, in the page's language (a sentence with the real limit stands under it as well).
# With a file chosen the zone holds the file's chip (its ✕ stays an icon; ui/a11y.py names it)
# and a "+" that takes another file: its words on one line.
_UPLOADER_CSS = """<style>
%(zone)s [data-testid="stFileUploaderDropzoneInstructions"] > div > span {display: none; }
%(zone)s [data-testid="stFileUploaderDropzoneInstructions"] > div::after {content: "%(limit)s"; }
%(zone)s [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] {
  display: none; }
%(zone)s [data-testid="stBaseButton-secondary"]::after {content: "%(button)s"; }
%(zone)s [data-testid="stBaseButton-borderlessIcon"] {white-space: nowrap; }
%(zone)s [data-testid="stBaseButton-borderlessIcon"]::after {content: "%(other)s";
  margin-left: 0.4rem; }
</style>"""
# the chosen file's size as text writes sizes ("5,5 KB"; Streamlit: "5.5KB"), in its place
_SIZE_CSS = """<style>
%(zone)s [data-testid="stFileChipName"] + div {display: none; }
%(zone)s div:has(> [data-testid="stFileChipName"])::after {content: "%(size)s";
  font-size: 0.875rem; color: #4A5561; }
</style>"""


def format_value(field: str, value: Any) -> str:
    """A stored or imported value as the reader expects it (formats of the page's language)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return "–"
    kind = BY_NAME[field].kind if field in BY_NAME else "text"
    if kind == "amount":
        return fmt_eur(float(value))
    if kind == "date" or isinstance(value, (date, datetime)):
        return fmt_date(pd.Timestamp(value))
    if kind == "bool":
        return t("value.yes") if value else t("value.no")
    if kind == "ref_list":
        return ", ".join(value) if len(value) else "–"
    return str(value)


def downloads() -> None:
    """Template and the current projects (respecting the filters) as Excel."""
    from dashboard.export.projects_xlsx import projects_xlsx_chunks
    from dashboard.export.template import template_xlsx

    taxonomy = resources.taxonomy()
    filters = current_filters()
    left, right = st.columns(2)
    left.download_button(t("importer.template"), keeping_language(template_xlsx, taxonomy),
                         "Projektliste_Vorlage.xlsx", XLSX, key="download_template",
                         icon=":material/download:", on_click="ignore")
    db = resources.database()
    actor = current_actor()  # now: the file is built later, outside this run, where st.user is gone
    # built only on click (Streamlit calls the data callable then): at 100k projects the
    # export frames alone cost seconds and would otherwise run, or unpickle, on every rerun
    right.download_button(t("importer.current", summary=describe(filters, taxonomy)),
                          keeping_language(lambda: projects_xlsx_chunks(
                              (_own_contacts(frames, actor, taxonomy)
                               for frames in export_chunks(db, filters)), taxonomy)),
                          "Projekte.xlsx", XLSX, key="download_projects",
                          icon=":material/download:", on_click="ignore")


def _own_contacts(frames, actor, taxonomy):
    """Contact fields only of the projects whose network the person manages (or all for
    Administration): personal data leaves the app for no one else."""
    from dashboard.access.personal import redact

    projects, events = frames
    return redact(projects, actor, taxonomy), events


def uploader():
    """The file uploader in the page's language (label, help, limit; see _UPLOADER_CSS). After a commit it
    comes back empty (a new key), so the same file is not planned and offered again."""
    generation = st.session_state.get("import_generation", 0)
    with st.container(key="import_upload_area"):
        dropzone_words("import_upload_area", LIMIT_MB)
        upload = st.file_uploader(t("importer.upload"), type=FILE_TYPES,
                                  key="import_upload" if not generation else f"import_upload_{generation}",
                                  help=t("importer.upload_help"), max_upload_size=LIMIT_MB)
        chosen_size("import_upload_area", upload)
        st.caption(t("importer.upload_limit", mb=LIMIT_MB))
    return upload


def _zone(area: str) -> str:
    return f'.st-key-{area} [data-testid="stFileUploaderDropzone"]'


def dropzone_words(area: str, limit_mb: int) -> None:
    """Our words in the drop zone of the uploader inside the container `area` (_UPLOADER_CSS)."""
    st.html(_UPLOADER_CSS % {"zone": _zone(area), "button": t("importer.upload_button"),
                             "limit": t("importer.upload_limit_short", mb=limit_mb),
                             "other": t("importer.upload_other")})


def chosen_size(area: str, upload) -> None:
    """The chosen file's size in the page's formats, in place of Streamlit's (_SIZE_CSS)."""
    if upload is not None:
        st.html(_SIZE_CSS % {"zone": _zone(area), "size": fmt_bytes(upload.size)})


def _forget_upload() -> None:
    """Drop the committed file, its table and plan from the session (memory goes back) and
    show an empty uploader."""
    offered = list(st.session_state.get("import_offers", {}))
    for key in ("import_state", "import_sheet", "import_sheet_for", "import_partial",
                "import_confirm_unusual", *offered, *(f"{k}_remember" for k in offered),
                "import_offers"):
        st.session_state.pop(key, None)
    st.session_state["import_generation"] = st.session_state.get("import_generation", 0) + 1


def _decisions() -> list[Decision]:
    """The person's "Vorschlag übernehmen" choices (the widgets of decisions_area, last run)."""
    offered = st.session_state.get("import_offers", {})
    return [Decision(value, st.session_state[key], field)
            for key, (field, value) in offered.items() if st.session_state.get(key)]


def _remembered() -> list[tuple[str, str]]:
    """(field, value) of the decisions to remember for their Fachnetzwerk."""
    offered = st.session_state.get("import_offers", {})
    return [(field, value) for key, (field, value) in offered.items()
            if st.session_state.get(key) and st.session_state.get(f"{key}_remember")]


def read_upload(upload, sheet: str | None) -> tuple[Parsed, ImportPlan, bytes] | None:
    """Read and plan an upload once per (file, sheet, data version, decisions); None when
    refused. A decision is an input of the plan: changing one plans the file again."""
    db, taxonomy = resources.database(), resources.taxonomy()
    decisions = _decisions()
    # not the language: the plan's messages are said again in the page's language (texts.again)
    key = (upload.file_id, upload.name, sheet, db.data_version, current_user(), tuple(decisions))
    state = st.session_state.get("import_state")
    if state and state["key"] == key:
        return state["table"], state["plan"], state["data"]
    data = upload.getvalue()
    with st.status(t("importer.reading"), expanded=False) as status:
        try:
            st.write(t("importer.step.read"))
            st.write(t("importer.step.plan"))
            table, plan = plan_import(db, data, upload.name, sheet=sheet, taxonomy=taxonomy,
                                      user=current_user(), actor=current_actor(),
                                      decisions=decisions)
        except FileRejected as exc:
            status.update(label=t("importer.rejected_file", message=exc.message), state="error")
            st.session_state.pop("import_state", None)
            return None
        status.update(label=t("importer.read_done", file=upload.name, rows=fmt_int(plan.rows)),
                      state="complete")
    st.session_state["import_state"] = {"key": key, "table": table, "plan": plan, "data": data}
    return table, plan, data


def chosen_sheet(upload) -> str | None:
    """The sheet the user picked for this upload (None = let the reader choose)."""
    if st.session_state.get("import_sheet_for") != upload.file_id:
        st.session_state.pop("import_sheet", None)
        st.session_state["import_sheet_for"] = upload.file_id
    return st.session_state.get("import_sheet")


def sheet_choice(table: Parsed) -> None:
    """A sheet picker when the workbook has several sheets (rerun reads the chosen one)."""
    if len(table.available_sheets) < 2:
        return
    options = list(table.available_sheets)
    if st.session_state.get("import_sheet") not in options:
        st.session_state["import_sheet"] = table.sheet if table.sheet in options else options[0]
    st.selectbox(t("importer.sheet"), options, key="import_sheet")


def plan_tiles(plan: ImportPlan) -> None:
    counts = plan.counts()
    st.header(t("importer.plan"))
    with tile_row("import"):
        for name in ("rows", "new", "changed", "unchanged", "rejected", "missing"):
            tile(t(f"importer.tile.{name}"), fmt_int(counts[name]), key=f"import_{name}",
                 help_text=t("importer.tile.missing_help") if name == "missing" else None)


def decisions_area(upload, plan: ImportPlan) -> None:
    """One "Vorschlag übernehmen" per refused value with a suggestion (all its cells of this
    upload), an optional "merken" for its Fachnetzwerk, and the cells read through decisions."""
    if not plan.offers and not plan.applied:
        return
    from dashboard.access import may
    from dashboard.ingest.lookups import lookups

    tables = lookups(resources.taxonomy())
    actor = current_actor()
    st.header(t("importer.decisions"))
    st.caption(t("importer.decisions_caption"))
    offered: dict[str, tuple[str, str]] = {}
    for offer in plan.offers:
        digest = hashlib.sha256(f"{upload.file_id}|{offer.field}|{offer.value}".encode()).hexdigest()
        key = f"import_decide_{digest[:12]}"
        offered[key] = (offer.field, offer.value)
        display = tables[BY_NAME[offer.field].ref].display
        with st.container(key=f"{key}_box", border=True):
            st.selectbox(
                t("importer.decision_label", letter=offer.letter, column=offer.header,
                  value=offer.value, cells=_cells(len(offer.rows)), rows=row_ranges(offer.rows)),
                [None, *offer.codes], key=key,
                format_func=lambda c, d=display: t("importer.decision_keep") if c is None
                else t("importer.decision_take", code=d.get(c, c)))
            allowed = bool(offer.networks) and all(may(actor, "remember_alias", n)
                                                   for n in offer.networks)
            st.checkbox(t("importer.decision_remember", networks=", ".join(sorted(offer.networks))
                          or "–"), key=f"{key}_remember",
                        disabled=not allowed or not st.session_state.get(key),
                        help=t("importer.decision_remember_help") if allowed
                        else t("importer.decision_remember_denied"))
    st.session_state["import_offers"] = offered
    if plan.applied:
        frame = pd.DataFrame([{
            t("importer.col.column"): f"{a.letter} ({a.header})", t("importer.col.value"): a.value,
            t("importer.col.code"): tables[BY_NAME[a.field].ref].display.get(a.code, a.code),
            t("importer.col.cells"): len(a.rows), t("importer.col.row"): row_ranges(a.rows),
            t("importer.col.source"): t(f"importer.source.{a.source}")} for a in plan.applied])
        with st.expander(t("importer.decisions_applied", n=fmt_int(int(frame[t("importer.col.cells")].sum())))):
            st.dataframe(frame, key="import_applied", hide_index=True, width="stretch")


def _cells(n: int) -> str:
    return t("importer.cells_one") if n == 1 else t("importer.cells_many", n=fmt_int(n))


def issues_table(table: Parsed, plan: ImportPlan, data: bytes) -> None:
    if not plan.issues:
        return
    st.header(t("importer.issues"))
    # the caption says what the commit button does: errors block it until "only valid rows"
    st.caption(t("importer.issues_caption" if plan.errors else "importer.issues_caption_warnings",
                 errors=fmt_int(len(plan.errors)), warnings=fmt_int(len(plan.warnings))))
    frame = pd.DataFrame([{
        t("importer.col.kind"): t(f"importer.{i.severity}"), t("importer.col.file"): i.file,
        t("importer.col.sheet"): i.sheet, t("importer.col.row"): i.row,
        t("importer.col.column"): " ".join(p for p in (i.column_letter, f"({i.column})"
                                                       if i.column else None) if p),
        t("importer.col.value"): again(i.value) or "", t("importer.col.message"): again(i.message),
        t("importer.col.suggestion"): again(i.suggestion) or ""} for i in plan.issues])
    st.dataframe(frame, key="import_issues", hide_index=True, width="stretch")
    if plan.errors:
        from dashboard.export.error_report import error_report_xlsx

        stem = table.file_name.rsplit(".", 1)[0]
        st.download_button(t("importer.error_report"),
                           keeping_language(error_report_xlsx, data, table.file_name, table,
                                            plan.issues),
                           f"{stem}_Fehler.xlsx", XLSX, key="download_error_report",
                           icon=":material/download:", on_click="ignore")


def plan_details(plan: ImportPlan) -> None:
    """New projects, expandable diffs per changed project, and the 'not in this list' table."""
    if len(plan.new):
        with st.expander(t("importer.new", n=fmt_int(len(plan.new)))):
            st.dataframe(plan.new[["row", "project_id", "title", "revier_code", "focus_area_code",
                                   "stage_code"]].rename(columns={
                "row": t("importer.col.row"), "project_id": t("importer.col.project"),
                "title": t("importer.col.title"), "revier_code": t("importer.col.revier"),
                "focus_area_code": t("importer.col.focus"), "stage_code": t("importer.col.stage")}),
                key="import_new_table", hide_index=True)
    if len(plan.diffs):
        st.header(t("importer.changed", n=fmt_int(len(plan.changed))))
        diffs = plan.diffs.assign(
            old=[format_value(f, v) for f, v in zip(plan.diffs["field"], plan.diffs["old"], strict=True)],
            new=[format_value(f, v) for f, v in zip(plan.diffs["field"], plan.diffs["new"], strict=True)])
        labels = {"column": t("importer.col.field"), "old": t("importer.col.old"),
                  "new": t("importer.col.new")}
        for n, (pid, group) in enumerate(diffs.groupby("project_id", sort=False)):
            if n == MAX_EXPANDERS:
                st.caption(tn("importer.changed_more", diffs["project_id"].nunique() - n))
                break
            with st.expander(tn("importer.changed_one", len(group), pid=pid,
                                title=group["title"].iloc[0])):
                st.table(md_frame(group[["column", "old", "new"]].rename(columns=labels)))
        with st.expander(t("importer.all_changes")):
            st.dataframe(diffs[["project_id", "title", "column", "old", "new"]].rename(
                columns={**labels, "project_id": t("importer.col.project"),
                         "title": t("importer.col.title")}), key="import_diffs", hide_index=True)
    if len(plan.missing):
        with st.expander(t("importer.missing", n=fmt_int(len(plan.missing)))):
            st.caption(t("importer.missing_caption"))
            st.dataframe(plan.missing[["project_id", "title", "network_name", "stage_code",
                                       "status"]].rename(columns={
                "project_id": t("importer.col.project"), "title": t("importer.col.title"),
                "network_name": t("importer.col.network"), "stage_code": t("importer.col.stage"),
                "status": t("importer.col.status")}), key="import_missing", hide_index=True)


def commit_area(table: Parsed, plan: ImportPlan, data: bytes) -> None:
    """The commit button (disabled on errors unless 'only valid rows' is ticked, and on unusual
    values unless 'confirm unusual values' is ticked)."""
    user = current_user()
    partial = confirmed = False
    if plan.has_errors:
        partial = st.checkbox(t("importer.partial"), key="import_partial")
    unusual = len(plan.to_confirm)
    if unusual:
        confirmed = st.checkbox(t("importer.confirm_unusual", n=fmt_int(unusual)),
                                key="import_confirm_unusual", help=t("importer.confirm_unusual_help"))
    if user is None:
        st.info(t("importer.login"))
    else:
        st.caption(t("importer.user", user=user))
    if plan.is_empty:
        st.info(t("importer.nothing_to_commit"), icon=":material/info:")
    blocked = (user is None or (plan.has_errors and not partial) or plan.is_empty
               or (unusual and not confirmed))
    help_text = (t("importer.commit_help_empty") if plan.is_empty else
                 t("importer.commit_help_errors") if plan.has_errors else
                 t("importer.commit_help_unusual") if unusual else None)
    if st.button(t("importer.commit"), key="import_commit", type="primary", disabled=blocked,
                 help=help_text):
        with st.spinner(t("importer.committing")):
            result = commit_result(resources.database(), table, plan, data, user=user,
                                   allow_partial=partial, plausible_confirmed=confirmed,
                                   taxonomy=resources.taxonomy(),
                                   actor=current_actor(), where=where("import"),
                                   remember=_remembered())
        if result.committed:
            counts = result.plan.counts()
            st.session_state["import_message"] = ("success", t(
                "importer.committed", batch=result.batch_id, new=fmt_int(counts["new"]),
                changed=fmt_int(counts["changed"]), rejected=fmt_int(counts["rejected"])))
            _forget_upload()
        else:
            st.session_state["import_message"] = ("error", t("importer.not_committed",
                                                             message=result.message))
        st.rerun()


def show_message() -> None:
    kind, text = st.session_state.pop("import_message", (None, None))
    if kind == "success":
        st.success(text, icon=":material/check_circle:")
    elif kind:
        st.error(text, icon=":material/error:")


def history() -> None:
    """Past imports and undos; undo of the latest import of its projects, after confirming."""
    st.header(t("importer.history"))
    db = resources.database()
    frame = list_imports(db)
    if frame.empty:
        st.info(t("importer.history_empty"))
        return
    table = pd.DataFrame({
        t("importer.col.batch"): frame["batch_id"],
        t("importer.col.kind_batch"): [t(f"importer.kind.{k}") if k in ("import", "undo", "demo")
                                       else k for k in frame["kind"]],
        t("importer.col.when"): [fmt_datetime(v) for v in frame["created_at"]],
        t("importer.col.user"): frame["user_name"].astype(object).fillna("–"),
        t("importer.col.file"): frame["file_name"].where(frame["file_name"].notna(), frame["note"]),
        # an undo's own counts (0 new, n "changed") would read as an import: its row says what
        # it removed and reset, from the import it undid
        **{t(f"importer.tile.{name}"): [_count(r, f"n_{name}") for r in frame.itertuples()]
           for name in ("new", "changed", "rejected")},
        t("importer.col.state"): [_state(r, frame) for r in frame.itertuples()]})
    st.dataframe(table, key="import_history", hide_index=True, width="stretch")
    undoable = frame.loc[frame["undoable"].astype(bool), "batch_id"].tolist()
    if not undoable:
        st.caption(t("importer.undo_none"))
        return
    batch = st.selectbox(t("importer.undo_pick"), undoable, key="undo_batch",
                         format_func=lambda b: t("importer.batch_no", n=b))
    confirmed = st.checkbox(t("importer.undo_confirm", n=batch), key="undo_confirm")
    if st.button(t("importer.undo_button"), key="undo_button", disabled=not confirmed
                 or current_user() is None):
        result = undo_import(db, int(batch), user=current_user(), actor=current_actor(),
                             where=where("import"))
        st.session_state["import_message"] = ("success" if result["undone"] else "error",
                                              result["message"])
        st.session_state.pop("undo_confirm", None)
        st.rerun()


def _count(row, column: str) -> str:
    return "" if row.kind == "undo" or pd.isna(getattr(row, column)) \
        else fmt_int(getattr(row, column))


def _state(row, frame: pd.DataFrame) -> str:
    if pd.notna(row.undone_by):
        return t("importer.state.undone", n=int(row.undone_by))
    if pd.notna(row.undo_of):
        undone = frame[frame["batch_id"] == row.undo_of]
        new, changed = ((int(undone["n_new"].iloc[0]), int(undone["n_changed"].iloc[0]))
                        if len(undone) else (0, int(row.n_changed)))
        return t("importer.state.undo_of", n=int(row.undo_of), new=fmt_int(new),
                 changed=fmt_int(changed))
    return t("importer.state.undoable") if row.undoable else ""


# -- the page -------------------------------------------------------------------------------
def importer_page() -> None:
    """Downloads, the upload with its plan, decisions and commit, then the history."""
    st.title(t("importer.title"))
    st.caption(t("importer.caption"))
    show_message()
    downloads()

    upload = uploader()
    if upload is not None:
        read = read_upload(upload, chosen_sheet(upload))
        if read is not None:
            table, plan, data = read
            sheet_choice(table)
            plan_tiles(plan)
            decisions_area(upload, plan)
            issues_table(table, plan, data)
            plan_details(plan)
            commit_area(table, plan, data)

    history()
