"""Texts of the page "Barrierefreiheit": the accessibility statement BITV 2.0 § 7 asks for
(compliance, what was tested and how, known gaps, feedback, enforcement), in German and English."""

from datetime import date

STATEMENT_DAY = date(2026, 12, 1)  # shown in the language's date format

DE = {
    "nav.section.info": "Informationen",
    "nav.accessibility": "Barrierefreiheit",
    "a11y.title": "Erklärung zur Barrierefreiheit",
    "a11y.caption": "Für den Strukturwandel-Monitor: alle Seiten der Navigation, ihre "
                    "Downloads und die Schnittstelle für offene Daten (/api/v1/).",
    "a11y.intro": "Öffentliche Stellen sind verpflichtet, ihre Websites und mobilen Anwendungen "
                  "barrierefrei zugänglich zu machen (Richtlinie (EU) 2016/2102, umgesetzt durch "
                  "das Behindertengleichstellungsgesetz und die Barrierefreie-"
                  "Informationstechnik-Verordnung – BITV 2.0 – sowie die entsprechenden Gesetze "
                  "der Länder). Der Betreiber dieser Anwendung bemüht sich, sie danach "
                  "barrierefrei zugänglich zu machen.",
    "a11y.status.header": "Stand der Vereinbarkeit mit den Anforderungen",
    "a11y.status": "Die Anwendung ist mit den Anforderungen der BITV 2.0 (EN 301 549, WCAG 2.1 "
                   "Stufe AA) **teilweise vereinbar**. Die Gründe nennt der Abschnitt „Nicht "
                   "barrierefreie Inhalte“.",
    "a11y.method.header": "Wie geprüft wurde",
    "a11y.method": "Selbstbewertung durch das Entwicklungsteam, Stand {date}. Bei jeder Änderung "
                   "prüft ein automatischer Test (axe-core im Browser Chromium, Regeln nach "
                   "WCAG 2.1 A und AA) jede Seite und jeden Reiter der Anwendung bei 1280 × 800 "
                   "Bildpunkten: keine als „schwerwiegend“ oder „kritisch“ eingestuften "
                   "Verstöße, Seitensprache Deutsch, kein abgeschnittener Text, keine "
                   "Beschriftung außerhalb ihres Diagramms, neben jedem Diagramm eine Tabelle "
                   "mit denselben Zahlen. Die Präsentationsansicht wird Folie für Folie "
                   "gemessen. Eine vollständige Prüfung durch Menschen (z. B. ein BITV-Test mit "
                   "Screenreader und nur mit der Tastatur) hat noch nicht stattgefunden.",
    "a11y.done.header": "Was die Anwendung dafür tut",
    "a11y.done": "- Jedes Diagramm hat einen Titel, der die Aussage in Worten nennt, und daneben "
                 "oder darunter eine Tabelle mit denselben Zahlen; Diagramme lassen sich als "
                 "CSV und Excel herunterladen.\n"
                 "- Die Karte hat eine Tabelle mit denselben Zahlen; der Kreisfilter ist auch "
                 "in der Seitenleiste wählbar.\n"
                 "- Texte und Symbole haben mindestens das Kontrastverhältnis 4,5 : 1 "
                 "(Bildunterschriften 7,4 : 1).\n"
                 "- Teile der Oberfläche von Streamlit, die axe-core bemängelt (Listen der "
                 "Navigation, Name der Schaltfläche zum Hochladen, leere Datumsfelder, "
                 "Seitensprache), werden von einem kleinen Skript berichtigt.",
    "a11y.gaps.header": "Nicht barrierefreie Inhalte",
    "a11y.gaps": "- Keine Erläuterungen in Leichter Sprache und in Deutscher Gebärdensprache "
                 "(BITV 2.0 § 4).\n"
                 "- Die Diagramme sind interaktive Grafiken; ihre Hinweise beim Überfahren mit der "
                 "Maus sind mit der Tastatur nicht erreichbar. Dieselben Zahlen stehen in den "
                 "Tabellen.\n"
                 "- Ein Klick auf einen Kreis der Karte setzt den Kreisfilter nur mit der Maus; "
                 "mit der Tastatur dient der Filter „Kreis“ in der Seitenleiste.\n"
                 "- Die Berichtigungen der Streamlit-Oberfläche wirken erst, wenn die Seite "
                 "geladen ist; axe-core-Befunde der Stufen „mäßig“ und „gering“ sind nicht alle "
                 "behoben.\n"
                 "- Die Foliensätze (PPTX) und PDF-Briefings sind nicht auf Barrierefreiheit "
                 "(z. B. PDF/UA) geprüft.\n"
                 "- Die Prüfung mit Screenreadern und allein mit der Tastatur steht noch aus.",
    "a11y.feedback.header": "Barrieren melden: Kontakt",
    "a11y.feedback": "Sind Ihnen Barrieren aufgefallen, oder brauchen Sie Inhalte dieser "
                     "Anwendung in einer anderen Form? Schreiben Sie bitte an:",
    "a11y.feedback.missing": "Der Betreiber hat noch keine Kontaktadresse eingetragen "
                             "(Einstellung DASHBOARD_A11Y_CONTACT). Bis dahin fehlt dieser "
                             "Erklärung die vorgeschriebene Kontaktmöglichkeit.",
    "a11y.enforcement.header": "Durchsetzungsverfahren (Schlichtung)",
    "a11y.enforcement": "Haben Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, "
                        "können Sie einen Antrag auf ein Schlichtungsverfahren stellen. Für "
                        "öffentliche Stellen des Bundes ist das die Schlichtungsstelle nach "
                        "§ 16 Behindertengleichstellungsgesetz (BGG) bei dem Beauftragten der "
                        "Bundesregierung für die Belange von Menschen mit Behinderungen: "
                        "[www.schlichtungsstelle-bgg.de](https://www.schlichtungsstelle-bgg.de). "
                        "Das Verfahren ist kostenlos; Sie brauchen keinen Rechtsbeistand. "
                        "Betreibt eine Stelle eines Landes die Anwendung (etwa ein Ministerium "
                        "des Freistaates Sachsen), ist die Stelle zuständig, die das Recht dieses "
                        "Landes für die Durchsetzung der Barrierefreiheit bestimmt.",
    "a11y.date": "Diese Erklärung wurde am {date} erstellt (Selbstbewertung).",
}
EN = {
    "nav.section.info": "Information",
    "nav.accessibility": "Accessibility",
    "a11y.title": "Accessibility statement",
    "a11y.caption": "For the Structural Change Monitor: all pages of the navigation, their "
                    "downloads and the open-data interface (/api/v1/).",
    "a11y.intro": "Public bodies are required to make their websites and mobile applications "
                  "accessible (Directive (EU) 2016/2102, transposed by the "
                  "Behindertengleichstellungsgesetz (BGG, Disability Equality Act) and the "
                  "Barrierefreie-Informationstechnik-Verordnung – BITV 2.0, the German "
                  "ordinance on accessible information technology – and the corresponding laws "
                  "of the Länder). The operator of this application strives to make it "
                  "accessible accordingly.",
    "a11y.status.header": "Compliance status",
    "a11y.status": "The application is **partially compliant** with the requirements of "
                   "BITV 2.0 (EN 301 549, WCAG 2.1 level AA). The reasons are given in the "
                   "section “Non-accessible content”.",
    "a11y.method.header": "How it was tested",
    "a11y.method": "Self-assessment by the development team, as of {date}. With every change, "
                   "an automated test (axe-core in the Chromium browser, rules of WCAG 2.1 A "
                   "and AA) checks every page and every tab of the application at 1280 × 800 "
                   "pixels: no violations rated “serious” or “critical”, the page language "
                   "declared, no cut-off text, no label outside its chart, a table with the "
                   "same figures beside every chart. The presentation view is measured slide "
                   "by slide. A full test by people (e.g. a BITV test with a screen reader and "
                   "with the keyboard only) has not yet taken place.",
    "a11y.done.header": "What the application does for this",
    "a11y.done": "- Every chart has a title that states its message in words, and beside or "
                 "below it a table with the same figures; charts can be downloaded as CSV and "
                 "Excel.\n"
                 "- The map has a table with the same figures; the district filter can also "
                 "be chosen in the sidebar.\n"
                 "- Texts and symbols have a contrast ratio of at least 4.5 : 1 (captions "
                 "7.4 : 1).\n"
                 "- Parts of the Streamlit interface that axe-core flags (navigation lists, "
                 "name of the upload button, empty date fields, page language) are corrected "
                 "by a small script.",
    "a11y.gaps.header": "Non-accessible content",
    "a11y.gaps": "- No explanations in Leichte Sprache (easy-to-read German) or in German Sign "
                 "Language (BITV 2.0 § 4).\n"
                 "- The charts are interactive graphics; their tooltips on mouse-over cannot "
                 "be reached with the keyboard. The same figures are in the tables.\n"
                 "- Clicking a district on the map sets the district filter with the mouse "
                 "only; with the keyboard, use the filter “District” in the sidebar.\n"
                 "- The corrections of the Streamlit interface take effect only once the page "
                 "has loaded; axe-core findings rated “moderate” and “minor” are not all "
                 "fixed.\n"
                 "- The slide decks (PPTX) and PDF briefings have not been checked for "
                 "accessibility (e.g. PDF/UA).\n"
                 "- Testing with screen readers and with the keyboard alone is still pending.",
    "a11y.feedback.header": "Reporting barriers: contact",
    "a11y.feedback": "Have you noticed barriers, or do you need content of this application "
                     "in another form? Please write to:",
    "a11y.feedback.missing": "The operator has not entered a contact address yet (setting "
                             "DASHBOARD_A11Y_CONTACT). Until then, this statement lacks the "
                             "required means of contact.",
    "a11y.enforcement.header": "Enforcement procedure (conciliation)",
    "a11y.enforcement": "If you have not received a satisfactory answer to your report, you can "
                        "apply for conciliation proceedings. For public bodies of the federal "
                        "government, this is the Schlichtungsstelle nach § 16 "
                        "Behindertengleichstellungsgesetz (BGG) – the conciliation body under "
                        "§ 16 of the Disability Equality Act – at the office of the Federal "
                        "Government Commissioner for Matters relating to Persons with "
                        "Disabilities: "
                        "[www.schlichtungsstelle-bgg.de](https://www.schlichtungsstelle-bgg.de). "
                        "The procedure is free of charge; you do not need legal representation. "
                        "If a body of a Land operates the application (such as a ministry of "
                        "the Free State of Saxony), the body responsible is the one that the "
                        "law of that Land designates for enforcing accessibility.",
    "a11y.date": "This statement was prepared on {date} (self-assessment).",
}
