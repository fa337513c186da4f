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
    "app.store_offline": "Die Verbindung zur gemeinsamen Datenbank (PostgreSQL) ist unterbrochen. "
                         "Angezeigt wird der zuletzt gelesene Stand; Speichern geht erst wieder, "
                         "wenn die Verbindung zurück ist (die App verbindet sich selbst neu).",
    "app.unexpected": "Beim Anzeigen dieser Seite ist ein Fehler aufgetreten. Die Daten sind "
                      "unverändert. Bitte die Seite neu laden; wenn der Fehler bleibt, an den "
                      "Betrieb melden ({kind}).",
    "nav.overview": "Übersicht",
    "auth.please_login": "Bitte melden Sie sich an, um den Strukturwandel-Monitor zu öffnen.",
    "auth.login": "Anmelden",
    "auth.logout": "Abmelden",
    "auth.logged_in_as": "Angemeldet als {user}",
    "download.csv": "CSV",
    "chart.table": "Die Zahlen zur Grafik als Tabelle ({n} Zeilen)",
    "export.caption": "Strukturwandel-Monitor · {filters} · Stand {day}",
    "export.info.sheet": "Hinweise",
    "export.info.source": "Quelle",
    "export.info.filters": "Auswahl",
    "export.info.day": "Stand",
    "export.info.counted": "Was gezählt wird",
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
    "date.placeholder": "TT.MM.JJJJ",
    "filter.von": "Eingang ab",
    "filter.bis": "Eingang bis",
    "filter.period_help": "Datum, an dem das Projekt in die Prüfkette kam (erste Prüfstufe).",
    "filter.placeholder": "alle",
    "filter.reset": "Filter zurücksetzen",
    "filter.no_mission": "ohne Mission",
    "filter.active": "Aktive Filter: {summary}",
    "filter.dropped": "Diese Angaben aus dem Link gibt es nicht und sie wurden nicht "
                      "angewendet: {values}. Die Zahlen zeigen die übrigen Filter.",
    "filter.reversed": "„Eingang ab“ ({von}) liegt nach „Eingang bis“ ({bis}): in diesem "
                       "Zeitraum kann kein Projekt liegen. Bitte die Daten im Filter tauschen.",
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
    "stages.panel.active": "Aktiv in der Stufe",
    "stages.panel.exits": "Ausgeschieden",
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
    "envelope.none_selected": "Die InvKG-Finanzrahmen (sächsische Kreise der Reviere) sind "
                              "nicht in der Auswahl.",
}

DE.update({
    # lists in sentences (facts.join_names) and the language switch (ui/language.py)
    "list.quoted": "„{name}“",
    "list.and": " und ",
    "value.yes": "ja",
    "value.no": "nein",
    "lang.label": "Sprache",
    "lang.help": "Sprache der Oberfläche; Namen aus den Referenzdaten (Prüfstufen, Reviere, "
                 "Missionen …) bleiben deutsch.",
})

EN = {
    "count.projects": ("{n} project", "{n} projects"),
    "count.projects_dat": ("{n} project", "{n} projects"),
    "count.networks_dat": ("{n} Fachnetzwerk", "{n} Fachnetzwerke"),
    "count.new_projects": ("{n} new project", "{n} new projects"),
    "count.moves": ("{n} stage move", "{n} stage moves"),
    "count.exits": ("{n} exit", "{n} exits"),
    "app.title": "Structural Change Monitor",
    "app.subtitle": "Structural development projects in the lignite regions",
    "app.no_db": "There is no database at {path} yet. Please run `make run` or "
                 "`python -m dashboard init --demo`.",
    "app.db_error": "The database cannot be opened: {message}",
    "app.store_offline": "The connection to the shared database (PostgreSQL) is interrupted. "
                         "You see the data as last read; saving works again once the connection "
                         "is back (the app reconnects by itself).",
    "app.unexpected": "Something went wrong while showing this page. The data is unchanged. "
                      "Please reload the page; if the error persists, tell the operators "
                      "({kind}).",
    "nav.overview": "Overview",
    "auth.please_login": "Please sign in to open the Structural Change Monitor.",
    "auth.login": "Sign in",
    "auth.logout": "Sign out",
    "auth.logged_in_as": "Signed in as {user}",
    "download.csv": "CSV",
    "chart.table": "The chart's figures as a table ({n} rows)",
    "export.caption": "Structural Change Monitor · {filters} · as of {day}",
    "export.info.sheet": "Notes",
    "export.info.source": "Source",
    "export.info.filters": "Selection",
    "export.info.day": "As of",
    "export.info.counted": "What is counted",
    "download.xlsx": "Excel",
    "nav.section.dashboards": "Dashboards",
    "nav.section.data": "Data",
    "filter.header": "Filters",
    "filter.revier": "Revier (coal region)",
    "filter.land": "Land (state)",
    "filter.kreis": "District / district-free city",
    "filter.schwerpunkt": "Focus area",
    "filter.mission": "Mission",
    "filter.programm": "Funding programme",
    "date.placeholder": "yyyy-mm-dd",
    "filter.von": "Entered from",
    "filter.bis": "Entered until",
    "filter.period_help": "The day the project entered the review pipeline (first review "
                          "stage).",
    "filter.placeholder": "all",
    "filter.reset": "Reset filters",
    "filter.no_mission": "no mission",
    "filter.active": "Active filters: {summary}",
    "filter.dropped": "These values from the link do not exist and were not applied: "
                      "{values}. The figures show the other filters.",
    "filter.reversed": "“Entered from” ({von}) is after “Entered until” ({bis}): no project "
                       "can fall in this period. Please swap the dates in the filter.",
    "filter.none": "No filters: all projects",
    "overview.title": "Overview",
    "overview.caption": "Where the projects stand in the review pipeline, for the selected "
                        "filters.",
    "overview.tab.stages": "Review stages",
    "overview.tab.waiting": "Longest wait",
    "overview.tab.freshness": "Data as of",
    "overview.empty": "There are no projects for this selection. Loosen the filters or import "
                      "a project list.",
    "overview.empty_db": "The database has no projects yet. Upload a project list on the "
                         "“Import” page or create demo data with "
                         "`python -m dashboard init --demo --force`.",
    "kpi.projects": "Projects",
    "kpi.projects.help": "All projects of the selection, including those that exited.",
    "kpi.in_review": "In review",
    "kpi.in_review.help": "Not exited and in a review stage from Projektidee (project idea) to "
                          "Qualifizierung (qualification).",
    "kpi.granted": "Granted",
    "kpi.granted.help": "Projects that reached the stage “Bewilligt” (granted), including those "
                        "being implemented or completed.",
    "kpi.requested_eur": "Requested",
    "kpi.requested_eur.help": "Total funding requested by the projects that have not exited.",
    "kpi.granted_eur": "Granted (€)",
    "kpi.granted_eur.help": "Total funding granted to the projects that have not exited.",
    "stages.col.stage": "Review stage",
    "stages.col.section": "Section",
    "stages.col.active": "active",
    "stages.col.exits": "exited",
    "stages.col.total": "total",
    "stages.section.review": "in review",
    "stages.section.granted": "granted",
    "stages.panel.active": "Active in the stage",
    "stages.panel.exits": "Exited",
    "stages.divider.review": "In review: {n}",
    "stages.divider.granted": "Granted: {n}",
    "stages.explanation": "Left: active projects per review stage; right: projects that exited "
                          "at that stage, by reason. Above the line: together the tile “In "
                          "review”; below it, with their exits: the tile “Granted”; everything "
                          "together: the tile “Projects”.",
    "stages.title": "{n} in review, most of them in {stage} ({top})",
    "stages.title_tie": "{n} in review, most of them in {stage} ({top} each)",
    "stages.title_none": "No project is in review; {granted} have been granted",
    "stages.sentence_granted": (("{n} has been granted: {ums} of them being implemented "
                                 "and {abg} completed."),
                                ("{n} have been granted: {ums} of them being implemented "
                                 "and {abg} completed.")),
    "stages.sentence_exits": (("{n} has exited, at the stage {stage}."),
                              ("{n} have exited, most of them at the stage {stage} ({top}).")),
    "stages.sentence_exits_tie": (("{n} has exited."),
                                  ("{n} have exited, most of them at the stages {stage} ({top} "
                                   "each).")),
    "stages.empty": "There are no projects for this selection.",
    "envelope.title": "Commitment of the InvKG state funds",
    "envelope.caption": "Funds granted under RL InvKG in the Saxon districts of the Revier, "
                        "against the funding envelope to 2038.",
    "envelope.tile": "{revier}: committed",
    "envelope.tile.help": "{committed} of {envelope} ({label})",
    "envelope.none_selected": "The InvKG envelopes (Saxon districts of the Reviere) are not "
                              "in the selection.",
    "list.quoted": "“{name}”",
    "list.and": " and ",
    "value.yes": "yes",
    "value.no": "no",
    "lang.label": "Language",
    "lang.help": "Language of the interface; names from the reference data (review stages, "
                 "Reviere, missions …) stay German.",
}
