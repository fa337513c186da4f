"""Accessibility repairs for parts of Streamlit's own markup that axe-core (WCAG 2.1 AA, as
BITV 2.0 asks) reports as serious or critical, and the page language. One small script, run
once per browser page, keeps repairing what Streamlit re-renders:

- <html lang> of the chosen language (Streamlit ships lang="en"; screen readers would read
  German as English); the switch to English sets "en", back to German "de"
- the navigation list: Streamlit puts section <div>s with headers between <ul> and <li>, which
  breaks list semantics; the items are links in the navigation landmark, so the list roles
  are removed (role="none") rather than left wrong
- the file uploader's button, whose English text the Import page hides, gets its name in the
  chosen language; with a file chosen, so do its remove control ("Remove liste.xlsx") and the
  button that takes another file ("Add files")
- the file uploader's drop area: role "presentation" with a label (a conflict) becomes a
  labelled group
- a static table (st.table) wider than the page scrolls sideways: it gets tabindex 0, so a
  keyboard reaches it (axe scrollable-region-focusable)
- empty date fields: their segments are spinbuttons without aria-valuenow (required); they get
  the minimum as value and keep aria-valuetext ("Empty"), which screen readers announce
The contrast of the navigation icons and of captions (Streamlit's grey is 4,07:1 on white,
AA asks 4,5:1; ours is 7,4:1) are style rules (STYLE)."""

import json

SCRIPT = """<script>
(() => {
  const host = window.parent && window.parent.document ? window.parent : window;
  host.__monitorLang = __LANG__;
  host.__monitorUpload = __UPLOAD__;
  host.__monitorRemove = __REMOVE__;
  host.__monitorOther = __OTHER__;
  host.document.documentElement.lang = host.__monitorLang;
  if (window.__monitorA11y) return;
  window.__monitorA11y = true;
  const repair = () => {
    const root = host.document;
    if (root.documentElement.lang !== host.__monitorLang) root.documentElement.lang = host.__monitorLang;
    root.querySelectorAll("[data-testid='stSidebarNavItems'], [data-testid='stSidebarNavItems'] li")
      .forEach(el => { if (el.getAttribute("role") !== "none") el.setAttribute("role", "none"); });
    root.querySelectorAll("[data-testid='stFileUploaderDropzone'] button").forEach(el => {
      // only a name this script gave (data-monitor-label), never one Streamlit set itself
      const ours = !el.hasAttribute("aria-label") || el.dataset.monitorLabel !== undefined;
      if (ours && el.getAttribute("aria-label") !== host.__monitorUpload) {
        el.setAttribute("aria-label", host.__monitorUpload);
        el.dataset.monitorLabel = "1";
      }
    });
    const name = (el, label) => { if (el.getAttribute("aria-label") !== label) el.setAttribute("aria-label", label); };
    root.querySelectorAll("[data-testid='stFileChip']").forEach(chip => {
      const file = (chip.querySelector("[data-testid='stFileChipName']") || {}).textContent || "";
      chip.querySelectorAll("[data-testid='stFileChipDeleteBtn'] button").forEach(el =>
        name(el, host.__monitorRemove.replace("{file}", file)));
    });
    root.querySelectorAll("[data-testid='stFileUploaderDropzone'] [data-testid='stBaseButton-borderlessIcon']")
      .forEach(el => name(el, host.__monitorOther));
    // the upload area is a section with role "presentation" and an aria-label: a label on a
    // presentational element is a conflict; as a labelled group it names the area
    root.querySelectorAll("[data-testid='stFileUploaderDropzone'][role='presentation']")
      .forEach(el => el.setAttribute("role", "group"));
    // a static table wider than the page scrolls sideways: keyboard users reach it with Tab
    root.querySelectorAll("[data-testid='stTable'] > div:not([tabindex])").forEach(el => {
      if (el.scrollWidth > el.clientWidth) el.setAttribute("tabindex", "0");
    });
    root.querySelectorAll("[role='spinbutton']:not([aria-valuenow])").forEach(el => {
      el.setAttribute("aria-valuenow", el.getAttribute("aria-valuemin") || "0");
    });
  };
  repair();
  new MutationObserver(repair).observe(document.body, {childList: true, subtree: true});
})();
</script>"""


def script(language: str, upload_label: str, remove_label: str = "{file}",
           other_label: str = "") -> str:
    """The repair script for a page in `language` ("de"/"en"); a changed language changes the
    markup, so Streamlit runs the script again and the new value wins. `remove_label` names a
    chosen file's remove control, its "{file}" replaced by the file's name."""
    return (SCRIPT.replace("__LANG__", json.dumps(language))
            .replace("__UPLOAD__", json.dumps(upload_label))
            .replace("__REMOVE__", json.dumps(remove_label))
            .replace("__OTHER__", json.dumps(other_label or upload_label)))


# Sections under the page title are h2 (st.header), so headings go h1 -> h2 without a skipped
# level (axe "heading-order"); drawn at the size of Streamlit's h3 (st.subheader) as before.
STYLE = """<style>
[data-testid="stMain"] h2 {font-size: 1.75rem !important; padding-top: 0.75rem !important;}
[data-testid="stSidebarNavLink"] [data-testid="stIconMaterial"] {color: #1F2933 !important;}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {color: #4A5561 !important;
  opacity: 1 !important;}
</style>"""
