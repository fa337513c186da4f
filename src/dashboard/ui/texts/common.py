"""Texts of the app shell, filter bar and Übersicht page."""

DE = {
    # counted nouns for composed sentences (tn): (singular, plural)
    "count.projects": ("{n} Projekt", "{n} Projekte"),
    "count.projects_dat": ("{n} Projekt", "{n} Projekten"),
    "count.networks_dat": ("{n} Fachnetzwerk", "{n} Fachnetzwerken"),
    "count.new_projects": ("{n} neues Projekt", "{n} neue Projekte"),
    "count.moves": ("{n} Stufenwechsel", "{n} Stufenwechsel"),
    "count.exits": ("{n} Ausstieg", "{n} Ausstiege"),
    "app.title": "Strukturwandel-Monitor",
    "app.subtitle": "Projekte der Strukturentwicklung in den Braunkohlerevieren",
    "app.no_db": "Es gibt noch keine Datenbank unter {path}. Bitte `make run` oder "
                 "`python -m dashboard init --demo` ausführen.",
    "app.db_error": "Die Datenbank kann nicht geöffnet werden: {message}",
    "app.unexpected": "Beim Anzeigen dieser Seite ist ein Fehler aufgetreten. Die Daten sind "
                      "unverändert. Bitte die Seite neu laden; wenn der Fehler bleibt, an den "
                      "Betrieb melden ({kind}).",
    "nav.overview": "Übersicht",
    "auth.please_login": "Bitte melden Sie sich an, um den Strukturwandel-Monitor zu öffnen.",
    "auth.login": "Anmelden",
    "auth.logout": "Abmelden",
    "auth.logged_in_as": "Angemeldet als {user}",
    "download.csv": "CSV",
    "download.xlsx": "Excel",
    "nav.section.dashboards": "Auswertungen",
    "nav.section.data": "Daten",
    "filter.header": "Filter",
    "filter.revier": "Revier",
    "filter.land": "Bundesland",
    "filter.kreis": "Landkreis / kreisfreie Stadt",
    "filter.schwerpunkt": "Entwicklungsschwerpunkt",
    "filter.mission": "Zukunftsmission",
    "filter.programm": "Förderprogramm",
    "filter.von": "Eingang ab",
    "filter.bis": "Eingang bis",
    "filter.period_help": "Datum, an dem das Projekt in die Prüfkette kam (erste Prüfstufe).",
    "filter.placeholder": "alle",
    "filter.reset": "Filter zurücksetzen",
    "filter.no_mission": "ohne Mission",
    "filter.active": "Aktive Filter: {summary}",
    "filter.none": "Keine Filter: alle Projekte",
    "overview.title": "Übersicht",
    "overview.caption": "Stand der Projekte in der Prüfkette, nach den gewählten Filtern.",
    "overview.tab.stages": "Prüfstufen",
    "overview.tab.waiting": "Längste Wartezeit",
    "overview.tab.freshness": "Datenstand",
    "overview.empty": "Für diese Auswahl gibt es keine Projekte. Filter lockern oder eine "
                      "Projektliste importieren.",
    "overview.empty_db": "Die Datenbank enthält noch keine Projekte. Eine Projektliste über die "
                         "Seite „Import“ hochladen oder Demodaten mit "
                         "`python -m dashboard init --demo --force` erzeugen.",
    "kpi.projects": "Projekte",
    "kpi.projects.help": "Alle Projekte der Auswahl, auch ausgeschiedene.",
    "kpi.in_review": "In Prüfung",
    "kpi.in_review.help": "Nicht ausgeschieden und in einer Prüfstufe von Projektidee bis "
                          "Qualifizierung.",
    "kpi.granted": "Bewilligt",
    "kpi.granted.help": "Projekte, die die Stufe „Bewilligt“ erreicht haben (auch in Umsetzung "
                        "oder abgeschlossen).",
    "kpi.requested_eur": "Beantragt",
    "kpi.requested_eur.help": "Summe der beantragten Fördermittel der nicht ausgeschiedenen "
                              "Projekte.",
    "kpi.granted_eur": "Bewilligt (€)",
    "kpi.granted_eur.help": "Summe der bewilligten Fördermittel der nicht ausgeschiedenen "
                            "Projekte.",
    # stage chart of the Übersicht (views.overview.stage_current_view)
    "stages.col.stage": "Prüfstufe",
    "stages.col.section": "Abschnitt",
    "stages.col.active": "aktiv",
    "stages.col.exits": "ausgeschieden",
    "stages.col.total": "gesamt",
    "stages.section.review": "in Prüfung",
    "stages.section.granted": "bewilligt",
    "stages.panel.active": "Aktive Projekte in der Stufe",
    "stages.panel.exits": "In der Stufe ausgeschieden",
    "stages.divider.review": "In Prüfung: {n}",
    "stages.divider.granted": "Bewilligt: {n}",
    "stages.explanation": "Links die aktiven Projekte je Prüfstufe, rechts die Projekte, die in "
                          "der Stufe ausgeschieden sind, nach Grund. Oberhalb der Linie: zusammen "
                          "die Kachel „In Prüfung“; unterhalb mit ihren Ausstiegen: die Kachel "
                          "„Bewilligt“; alles zusammen: die Kachel „Projekte“.",
    "stages.title": "{n} in Prüfung, die meisten in {stage} ({top})",
    "stages.title_tie": "{n} in Prüfung, die meisten in {stage} (je {top})",
    "stages.title_none": "Kein Projekt ist in Prüfung; {granted} haben die Bewilligung erreicht",
    "stages.sentence_granted": (("{n} hat die Bewilligung erreicht: davon {ums} aktiv in "
                                 "Umsetzung und {abg} abgeschlossen."),
                                ("{n} haben die Bewilligung erreicht: davon {ums} aktiv in "
                                 "Umsetzung und {abg} abgeschlossen.")),
    "stages.sentence_exits": (("{n} ist ausgeschieden, in der Stufe {stage}."),
                              ("{n} sind ausgeschieden, die meisten in der Stufe {stage} "
                               "({top}).")),
    "stages.sentence_exits_tie": (("{n} ist ausgeschieden."),
                                  ("{n} sind ausgeschieden, die meisten in den Stufen {stage} "
                                   "(je {top}).")),
    "stages.empty": "Für diese Auswahl gibt es keine Projekte.",
    "envelope.title": "Bindung der InvKG-Landesmittel",
    "envelope.caption": "Bewilligte Mittel nach RL InvKG in den sächsischen Kreisen des "
                        "Reviers, im Verhältnis zum Finanzrahmen bis 2038.",
    "envelope.tile": "{revier}: gebunden",
    "envelope.tile.help": "{committed} von {envelope} ({label})",
}

EN = {
    "app.title": "Structural Change Monitor",
    "nav.overview": "Overview",
    "overview.title": "Overview",
}
