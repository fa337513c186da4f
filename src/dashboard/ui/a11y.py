"""Accessibility repairs for parts of Streamlit's own markup that axe-core (WCAG 2.1 AA, as
BITV 2.0 asks) reports as serious or critical, and the page language. One small script, run
once per browser page, keeps repairing what Streamlit re-renders:

- <html lang> of the chosen language (Streamlit ships lang="en"; screen readers would read
  German as English); the switch to English sets "en", back to German "de"
- the navigation list: Streamlit puts section <div>s with headers between <ul> and <li>, which
  breaks list semantics; the items are links in the navigation landmark, so the list roles
  are removed (role="none") rather than left wrong
- the file uploader's button, whose English text the Import page hides, gets its name in the
  chosen language
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
    root.querySelectorAll("[role='spinbutton']:not([aria-valuenow])").forEach(el => {
      el.setAttribute("aria-valuenow", el.getAttribute("aria-valuemin") || "0");
    });
  };
  repair();
  new MutationObserver(repair).observe(document.body, {childList: true, subtree: true});
})();
</script>"""


def script(language: str, upload_label: str) -> str:
    """The repair script for a page in `language` ("de"/"en"); a changed language changes the
    markup, so Streamlit runs the script again and the new value wins."""
    return (SCRIPT.replace("__LANG__", json.dumps(language))
            .replace("__UPLOAD__", json.dumps(upload_label)))


STYLE = """<style>
[data-testid="stSidebarNavLink"] [data-testid="stIconMaterial"] {color: #1F2933 !important;}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {color: #4A5561 !important;
  opacity: 1 !important;}
</style>"""
