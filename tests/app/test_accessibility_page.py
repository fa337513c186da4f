"""Barrierefreiheit page in AppTest: the parts BITV 2.0 § 7 asks for are there, it is in the
navigation, and the contact is the operator's setting, shown literally."""

from __future__ import annotations

from dashboard.ui.navigation import PAGES

PAGE = "app_pages/accessibility.py"


def test_statement_has_every_required_part_and_warns_without_contact(make_app, demo_db_path,
                                                                      monkeypatch):
    monkeypatch.delenv("DASHBOARD_A11Y_CONTACT", raising=False)
    at = make_app(demo_db_path, page=PAGE)
    assert not at.exception
    assert at.title[0].value == "Erklärung zur Barrierefreiheit"
    headers = [h.value for h in at.main.header]
    assert headers == ["Stand der Vereinbarkeit mit den Anforderungen", "Wie geprüft wurde",
                       "Was die Anwendung dafür tut", "Nicht barrierefreie Inhalte",
                       "Barrieren melden: Kontakt", "Durchsetzungsverfahren (Schlichtung)"]
    text = " ".join(m.value for m in at.markdown)
    assert "teilweise vereinbar" in text
    assert "axe-core" in text and "WCAG 2.1" in text
    assert "Leichter Sprache" in text
    assert "schlichtungsstelle-bgg.de" in text and "§ 16" in text
    missing = ("Der Betreiber hat noch keine Kontaktadresse eingetragen (Einstellung "
               "DASHBOARD_A11Y_CONTACT). Bis dahin fehlt dieser Erklärung die vorgeschriebene "
               "Kontaktmöglichkeit.")
    assert [w.value for w in at.warning] == [missing]


def test_the_contact_of_the_operator_is_shown_literally(make_app, demo_db_path, monkeypatch):
    monkeypatch.setenv("DASHBOARD_A11Y_CONTACT", "barrierefrei@smr.example.de [hier](javascript:x)")
    at = make_app(demo_db_path, page=PAGE)
    assert not at.exception and not at.warning
    shown = [m.value for m in at.markdown if "barrierefrei@" in m.value]
    # literal text, no link: Markdown escaped, the address broken by an invisible word joiner
    assert shown == ["**barrierefrei@\u2060smr\\.example\\.de \\[hier\\]\\(javascript\\:x\\)**"]


def test_the_page_is_in_the_navigation():
    spec = next(p for p in PAGES if p.file == "accessibility.py")
    assert spec.url_path == "barrierefreiheit" and spec.section == "nav.section.info"
