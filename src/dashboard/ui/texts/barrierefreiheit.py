"""Texts of the page "Barrierefreiheit": the accessibility statement BITV 2.0 § 7 asks for
(compliance, what was tested and how, known gaps, feedback, enforcement), German only."""

STATEMENT_DATE = "01.12.2026"

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
EN: dict[str, str] = {}
