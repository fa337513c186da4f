"""Texts of the pages Missionen & Schwerpunkte, Querschnittsthemen and Projekte."""

DE = {
    # navigation and pages
    "nav.missions": "Missionen & Schwerpunkte",
    "nav.themes": "Querschnittsthemen",
    "nav.projects": "Projekte",
    "missions.title": "Missionen & Schwerpunkte",
    "missions.caption": "Erreichen die zehn Zukunftsmissionen die Entwicklungsschwerpunkte und "
                        "beide Reviere? Nach den gewählten Filtern.",
    "missions.tab.matrix": "Matrix",
    "missions.tab.unmapped": "Mögliche Fehlzuordnungen",
    "missions.tab.sankey": "Flüsse bis ins Revier",
    "missions.tab.gaps": "Abdeckungslücken",
    "missions.measure": "Darstellung",
    "missions.measure.projects": "Anzahl Projekte",
    "missions.measure.requested_eur": "Beantragte Mittel",
    "missions.measure.granted_eur": "Bewilligte Mittel",
    "missions.further": "Weitere Missionen mitzählen",
    "missions.further.help": "Aus: jedes Projekt zählt nur bei seiner Hauptmission. An: ein "
                             "Projekt zählt bei jeder seiner Missionen; die Summe der Felder "
                             "ist dann größer als die Zahl der Projekte.",
    "missions.gaps.title": "Lücken in der Abdeckung",
    "missions.gaps.none": "In der Auswahl gibt es keine Abdeckungslücken.",
    "missions.unmapped.title": "Mögliche Fehlzuordnungen",
    "missions.unmapped.caption": "Projekte, deren Hauptmission laut Referenzzuordnung nicht zu "
                                 "ihrem Schwerpunkt gehört. Bitte prüfen, ob Mission oder "
                                 "Schwerpunkt falsch erfasst sind.",
    "missions.unmapped.none": "Alle Projekte mit Mission liegen in zugeordneten Kombinationen.",
    "missions.unmapped.count": ("{n} Projekt in einer nicht zugeordneten Kombination.",
                                "{n} Projekte in nicht zugeordneten Kombinationen."),
    "themes.title": "Querschnittsthemen",
    "themes.caption": "Wie stark tragen die Projekte Fachkräftesicherung, Kinder und Jugendliche, "
                      "Gleichstellung und demografischen Wandel? Nach den gewählten Filtern.",
    "themes.gaps.title": "Lücken in den Fachnetzwerken",
    "themes.gaps.none": "In jedem Fachnetzwerk der Auswahl hat jedes Thema mindestens ein "
                        "Projekt als Hauptziel.",
    "themes.funding_measure": "Fördermittel",
    "themes.tab.focus_area": "je Schwerpunkt",
    "themes.tab.revier": "je Revier",
    "themes.tab.stage": "je Prüfstufe",
    "themes.tab.funding": "Förderanteil",
    "themes.tab.networks": "Lücken je Fachnetzwerk",
    "projects.title": "Projekte",
    "projects.caption": "Alle Projekte der Auswahl. Suche, Sortierung und Blättern wirken auf die "
                        "ganze Liste; eine Zeile anklicken öffnet das Projekt.",
    "projects.search": "Suche",
    "projects.search.placeholder": "Titel, Träger, Ort oder Projekt-ID",
    "projects.sort": "Sortieren nach",
    "projects.descending": "absteigend",
    "projects.page": "Seite",
    "projects.range": "Projekte {first}–{last} von {total} (je Seite {size}). „Sortieren nach“ "
                      "ordnet alle Treffer, ein Klick auf eine Spaltenüberschrift nur "
                      "die Zeilen dieser Seite.",
    "projects.none": "Keine Projekte passen zur Suche und den Filtern.",
    "projects.unknown": "Ein Projekt mit der Kennung „{project_id}“ gibt es nicht.",
    "projects.detail": "Projekt {project_id}: {title}",
    "projects.close": "Projekt schließen",
    "projects.missions": "Missionen",
    "projects.missions.none": "Dem Projekt ist keine Zukunftsmission zugeordnet.",
    "projects.role.primary": "Hauptmission",
    "projects.role.further": "weitere Mission",
    "projects.themes": "Querschnittsthemen",
    "projects.history": "Verlauf durch die Prüfstufen",
    "projects.history.none": "Für dieses Projekt sind keine Prüfstufen erfasst.",
    "projects.history.open": "seit {date}",
    "projects.fields": "Angaben",
    # table columns and detail fields
    "col.project_id": "Projekt-ID", "col.title": "Titel", "col.revier": "Revier",
    "col.focus_area": "Schwerpunkt", "col.mission": "Mission", "col.stage": "Prüfstufe",
    "col.status": "Status", "col.sponsor": "Träger", "col.municipality": "Ort",
    "col.requested_eur": "Beantragt", "col.granted_eur": "Bewilligt",
    "col.first_entered_on": "Eingang", "col.as_of": "Stand",
    "col.entered_on": "Eingetreten", "col.left_on": "Verlassen", "col.days": "Tage",
    "col.outcome": "Ausgeschieden", "col.role": "Rolle", "col.name": "Name", "col.code": "Kürzel",
    "col.theme": "Thema", "col.marker": "Kennzeichnung", "col.field": "Feld", "col.value": "Wert",
    "field.project_id": "Projekt-ID", "field.title": "Titel", "field.description": "Beschreibung",
    "field.sponsor": "Projektträger", "field.sponsor_type_name": "Art des Trägers",
    "field.revier_name": "Revier", "field.bundesland_name": "Bundesland",
    "field.district_name": "Landkreis / kreisfreie Stadt", "field.municipality": "Ort",
    "field.focus_area_name": "Entwicklungsschwerpunkt", "field.stage_name": "Prüfstufe",
    "field.status_name": "Status", "field.programme_name": "Förderprogramm",
    "field.total_cost_eur": "Gesamtkosten", "field.requested_eur": "Beantragte Mittel",
    "field.granted_eur": "Bewilligte Mittel", "field.planned_jobs": "Geplante Arbeitsplätze",
    "field.start_date": "Projektbeginn", "field.end_date": "Projektende",
    "field.first_entered_on": "Eingang in die Prüfkette", "field.contact": "Ansprechperson",
    "field.remarks": "Bemerkungen", "field.as_of": "Stand der Angaben", "field.source": "Quelle",
    # coverage gaps (analytics sentences)
    "gap.focus_unmapped": "Dem Schwerpunkt „{focus}“ ist keine Zukunftsmission zugeordnet; "
                          "{without} von {total} dort haben keine Mission.",
    "gap.focus_unmapped_empty": "Dem Schwerpunkt „{focus}“ ist keine Zukunftsmission zugeordnet.",
    "gap.mission_none": "Die Mission {code} {name} hat in der Auswahl kein Projekt.",
    "gap.mission_revier": "Die Mission {code} {name} hat {revier} kein Projekt.",
    "gap.mapping_unused": "Die Mission {code} {name} ist dem Schwerpunkt „{focus}“ zugeordnet, "
                          "aber kein Projekt verbindet beide.",
    "gap.theme_main": "Im Fachnetzwerk {network} {revier} hat kein Projekt {theme} als Hauptziel.",
    "gap.theme_none": "Im Fachnetzwerk {network} {revier} berücksichtigt kein Projekt das Thema "
                      "{theme}.",
}

DE.update({
    # views (headlines state the finding; explanations say what is counted)
    "view.empty.title": "Keine Projekte in der Auswahl",
    "view.empty": "Für diese Auswahl gibt es keine Projekte. Filter lockern, um Zahlen zu sehen.",
    "view.unit.projects": "Projekte",
    "view.unit.requested_eur": "Mio. € beantragt",
    "view.unit.granted_eur": "Mio. € bewilligt",
    "view.col.projects": "Projekte",
    "view.col.requested_eur": "Beantragt (€)",
    "view.col.granted_eur": "Bewilligt (€)",
    "view.col.strength": "Referenzzuordnung",
    "view.col.source": "Von",
    "view.col.target": "Nach",
    "view.mark.primary": "Hauptzuordnung",
    "view.mark.secondary": "Nebenzuordnung",
    "view.mark.gap": "Lücke",
    "view.matrix.explanation.projects": "Projekte je Hauptmission und Entwicklungsschwerpunkt.",
    "view.matrix.explanation.requested_eur": "Beantragte Mittel (Mio. €) der nicht "
                                             "ausgeschiedenen Projekte je Hauptmission und "
                                             "Schwerpunkt.",
    "view.matrix.explanation.granted_eur": "Bewilligte Mittel (Mio. €) der nicht ausgeschiedenen "
                                           "Projekte je Hauptmission und Schwerpunkt.",
    "view.matrix.legend": "Rahmen: durchgezogen = Hauptzuordnung, gestrichelt = Nebenzuordnung "
                          "laut Referenzdaten; * = Kombination ohne Zuordnung (mögliche "
                          "Fehlzuordnung).",
    "view.matrix.further": "Weitere Missionen sind mitgezählt.",
    "view.matrix.title.projects": "{share} der Projekte mit Mission liegen in zugeordneten "
                                  "Kombinationen",
    "view.matrix.title.requested_eur": "{share} der beantragten Mittel mit Mission liegen in "
                                       "zugeordneten Kombinationen",
    "view.matrix.title.granted_eur": "{share} der bewilligten Mittel mit Mission liegen in "
                                     "zugeordneten Kombinationen",
    "view.matrix.top": "Größtes Feld: {cell} mit {value} ({share}).",
    "view.matrix.top_tie": "Größte Felder: {cell} mit je {value} (je {share}).",
    "view.col.cell": "Feld",
    "view.col.mapping": "Zuordnung",
    "view.col.with_mission": "mit Mission",
    "view.mapping.mapped": "zugeordnet",
    "view.mapping.unmapped": "nicht zugeordnet",
    "view.mapping.none": "ohne Mission",
    "view.col.level": "Ebene",
    "view.col.link": "Verbindung",
    "view.col.gap": "Lücke",
    "view.sankey.level.mission": "Mission → Schwerpunkt",
    "view.sankey.level.revier": "Schwerpunkt → Revier",
    "view.matrix.stray": (("{n} Projekt liegt in einer Kombination ohne Referenzzuordnung "
                          "(mögliche Fehlzuordnung)."),
                          ("{n} Projekte liegen in Kombinationen ohne Referenzzuordnung "
                          "(mögliche Fehlzuordnung).")),
    "view.matrix.none": ("{n} Projekt ({share}) hat keine Mission.",
                         "{n} Projekte ({share}) haben keine Mission."),
    "view.sankey.explanation.projects": "Projekte von der Hauptmission über den Schwerpunkt zum "
                                        "Revier; „ohne Mission“ eingeschlossen.",
    "view.sankey.explanation.requested_eur": "Beantragte Mittel (Mio. €, nicht ausgeschiedene "
                                             "Projekte) von der Hauptmission über den "
                                             "Schwerpunkt zum Revier.",
    "view.sankey.explanation.granted_eur": "Bewilligte Mittel (Mio. €, nicht ausgeschiedene "
                                           "Projekte) von der Hauptmission über den Schwerpunkt "
                                           "zum Revier.",
    "view.sankey.title": "Der größte Strom führt in den Schwerpunkt {focus} ({share})",
    "view.sankey.title_tie": "Die größten Ströme führen in die Schwerpunkte {focus} (je {share})",
    "view.sankey.revier": "{revier}: {value} ({share}).",
    "view.sankey.biggest": "Stärkste Verbindung: {link} mit {value}.",
    "view.sankey.biggest_tie": "Stärkste Verbindungen: {link} mit je {value}.",
    "view.coverage.explanation": "Projekte je Mission und Revier (Haupt- und weitere Missionen); "
                                 "gepunktet umrandet: eine Mission ohne Projekt in dem Revier. "
                                 "Darunter jede Lücke als Satz, auch die, die das Bild nicht "
                                 "zeigen kann (Schwerpunkte ohne Mission, ungenutzte "
                                 "Zuordnungen).",
    "view.coverage.title": (("1 Lücke: eine Mission ohne Projekt in einem Revier (markiert)"),
                            ("{n} Lücken: Missionen ohne Projekt in einem Revier (markiert)")),
    "view.matrix.title.no_mission": "In der Auswahl hat kein Projekt eine Mission",
    "view.unit_dat.projects": "Projekten",
    "view.unit_dat.requested_eur": "Mio. € beantragt",
    "view.unit_dat.granted_eur": "Mio. € bewilligt",
    "view.coverage.title.none": "Keine Lücke im Bild: jede Mission hat in jedem Revier Projekte",
})

DE.update({
    "view.marker.2": "Hauptziel",
    "view.marker.1": "signifikant",
    "view.col.group.focus_area": "Schwerpunkt",
    "view.col.group.revier": "Revier",
    "view.col.group.stage": "Prüfstufe",
    "view.col.marker_1": "Projekte signifikant (1)",
    "view.col.marker_2": "Projekte Hauptziel (2)",
    "view.col.share_1": "Anteil signifikant",
    "view.col.share_2": "Anteil Hauptziel",
    "view.col.total_eur": "Mittel insgesamt (€)",
    "view.col.any_eur": "Mittel mit Thema ≥ 1 (€)",
    "view.col.main_eur": "Mittel mit Thema als Hauptziel (€)",
    "view.col.share_any": "Anteil Thema ≥ 1",
    "view.col.share_main": "Anteil Hauptziel",
    "view.col.network": "Fachnetzwerk",
    "view.themes.explanation.focus_area": "Anteil der Projekte je Schwerpunkt, die das Thema als "
                                          "Hauptziel (2) oder signifikant (1) verfolgen.",
    "view.themes.explanation.revier": "Anteil der Projekte je Revier, die das Thema als "
                                      "Hauptziel (2) oder signifikant (1) verfolgen.",
    "view.themes.explanation.stage": "Anteil der Projekte je aktueller Prüfstufe, die das Thema "
                                     "als Hauptziel (2) oder signifikant (1) verfolgen.",
    "view.themes.title.focus_area": "Größter Unterschied zwischen den Schwerpunkten bei "
                                    "„{theme}“ als Hauptziel: {high} {high_share}, {low} "
                                    "{low_share}",
    "view.themes.title.revier": "Größter Unterschied zwischen den Revieren bei „{theme}“ als "
                                "Hauptziel: {high} {high_share}, {low} {low_share}",
    "view.themes.title.stage": "Größter Unterschied zwischen den Prüfstufen bei „{theme}“ als "
                               "Hauptziel: {high} {high_share}, {low} {low_share}",
    "view.themes.title_tie.focus_area": "Gleich große Unterschiede zwischen den Schwerpunkten "
                                        "bei {themes}: je {spread} Prozentpunkte",
    "view.themes.title_tie.revier": "Gleich große Unterschiede zwischen den Revieren bei "
                                    "{themes}: je {spread} Prozentpunkte",
    "view.themes.title_tie.stage": "Gleich große Unterschiede zwischen den Prüfstufen bei "
                                   "{themes}: je {spread} Prozentpunkte",
    "view.themes.title_one.focus_area": "„{theme}“ ist in {share} der Projekte Hauptziel "
                                        "({group})",
    "view.themes.title_one.revier": "„{theme}“ ist in {share} der Projekte Hauptziel ({group})",
    "view.themes.title_one.stage": "„{theme}“ ist in {share} der Projekte Hauptziel ({group})",
    "view.themes.overall": "Über alle Projekte der Auswahl ist „{theme}“ am häufigsten Hauptziel "
                           "({share}).",
    "view.themes.overall_low": "Am seltensten Hauptziel ist „{theme}“ ({share}) – hier lohnt es, "
                               "gezielt Projekte anzusprechen.",
    "view.funding.explanation.requested_eur": "Anteil der beantragten Mittel (nicht "
                                              "ausgeschiedene Projekte) in Projekten, die das "
                                              "Thema als Hauptziel oder signifikant verfolgen.",
    "view.funding.explanation.granted_eur": "Anteil der bewilligten Mittel (nicht ausgeschiedene "
                                            "Projekte) in Projekten, die das Thema als Hauptziel "
                                            "oder signifikant verfolgen.",
    "view.funding.title.requested_eur": "{share} der beantragten Mittel fließen in Projekte mit "
                                        "{theme}",
    "view.funding.title.granted_eur": "{share} der bewilligten Mittel fließen in Projekte mit "
                                      "{theme}",
    "view.funding.total": "Grundlage: {total} in der Auswahl.",
    "view.funding.weakest": "Am wenigsten Mittel gehen an {theme} als Hauptziel: {share} "
                            "({amount}).",
    "view.networks.explanation": "Anteil der Projekte je Fachnetzwerk, die das Thema als "
                                 "Hauptziel verfolgen (in Klammern: Anzahl); gepunktet "
                                 "umrandet: kein Projekt mit diesem Hauptziel.",
    "view.networks.title": "In {n} von {total} fehlt ein Thema als Hauptziel",
    "view.networks.title.none": "Jedes Fachnetzwerk hat jedes Thema mindestens einmal als "
                                "Hauptziel",
})

DE.update({
    "projects.history.caption": "Jede Prüfstufe, in der das Projekt war, mit Ein- und Austritt; "
                                "offene Stufen bis heute gezählt. Orange umrandet: hier "
                                "ausgeschieden.",
})
DE.update({"projects.history.today": "heute", "projects.history.days": "Tage"})

EN = {
    "nav.missions": "Missions & focus areas",
    "nav.themes": "Cross-cutting themes",
    "nav.projects": "Projects",
    "missions.title": "Missions & focus areas",
    "missions.caption": "Do the ten Zukunftsmissionen (missions for the future) reach the focus "
                        "areas and both Reviere? For the selected filters.",
    "missions.tab.matrix": "Matrix",
    "missions.tab.unmapped": "Possible misassignments",
    "missions.tab.sankey": "Flows into the Revier",
    "missions.tab.gaps": "Coverage gaps",
    "missions.measure": "Show",
    "missions.measure.projects": "Number of projects",
    "missions.measure.requested_eur": "Funding requested",
    "missions.measure.granted_eur": "Funding granted",
    "missions.further": "Count further missions too",
    "missions.further.help": "Off: each project counts only for its main mission. On: a "
                             "project counts for each of its missions; the cells then add up to "
                             "more than the number of projects.",
    "missions.gaps.title": "Gaps in coverage",
    "missions.gaps.none": "There are no coverage gaps in the selection.",
    "missions.unmapped.title": "Possible misassignments",
    "missions.unmapped.caption": "Projects whose main mission does not belong to their focus "
                                 "area according to the reference mapping. Please check "
                                 "whether the mission or the focus area was entered wrongly.",
    "missions.unmapped.none": "All projects with a mission are in mapped combinations.",
    "missions.unmapped.count": ("{n} project in an unmapped combination.",
                                "{n} projects in unmapped combinations."),
    "themes.title": "Cross-cutting themes",
    "themes.caption": "How strongly do the projects carry skilled labour, children and young "
                      "people, gender equality and demographic change? For the selected "
                      "filters.",
    "themes.gaps.title": "Gaps in the Fachnetzwerke",
    "themes.gaps.none": "In every Fachnetzwerk of the selection, every theme is the principal "
                        "aim of at least one project.",
    "themes.funding_measure": "Funding",
    "themes.tab.focus_area": "by focus area",
    "themes.tab.revier": "by Revier",
    "themes.tab.stage": "by review stage",
    "themes.tab.funding": "Share of funding",
    "themes.tab.networks": "Gaps per Fachnetzwerk",
    "projects.title": "Projects",
    "projects.caption": "All projects of the selection. Search, sorting and paging apply to the "
                        "whole list; click a row to open the project.",
    "projects.search": "Search",
    "projects.search.placeholder": "Title, sponsor, place or project ID",
    "projects.sort": "Sort by",
    "projects.descending": "descending",
    "projects.page": "Page",
    "projects.range": "Projects {first}–{last} of {total} ({size} per page). “Sort by” orders "
                      "all matches; a click on a column header only the rows of this page.",
    "projects.none": "No projects match the search and the filters.",
    "projects.unknown": "There is no project with the ID “{project_id}”.",
    "projects.detail": "Project {project_id}: {title}",
    "projects.close": "Close project",
    "projects.missions": "Missions",
    "projects.missions.none": "No mission is assigned to the project.",
    "projects.role.primary": "main mission",
    "projects.role.further": "further mission",
    "projects.themes": "Cross-cutting themes",
    "projects.history": "Path through the review stages",
    "projects.history.none": "No review stages are recorded for this project.",
    "projects.history.open": "since {date}",
    "projects.fields": "Details",
    "col.project_id": "Project ID", "col.title": "Title", "col.revier": "Revier",
    "col.focus_area": "Focus area", "col.mission": "Mission", "col.stage": "Review stage",
    "col.status": "Status", "col.sponsor": "Sponsor", "col.municipality": "Place",
    "col.requested_eur": "Requested", "col.granted_eur": "Granted",
    "col.first_entered_on": "Entered", "col.as_of": "As of",
    "col.entered_on": "Entered", "col.left_on": "Left", "col.days": "Days",
    "col.outcome": "Exited", "col.role": "Role", "col.name": "Name", "col.code": "Code",
    "col.theme": "Theme", "col.marker": "Marker", "col.field": "Field", "col.value": "Value",
    "field.project_id": "Project ID", "field.title": "Title", "field.description": "Description",
    "field.sponsor": "Project sponsor", "field.sponsor_type_name": "Type of sponsor",
    "field.revier_name": "Revier", "field.bundesland_name": "Land (state)",
    "field.district_name": "District / district-free city", "field.municipality": "Place",
    "field.focus_area_name": "Focus area", "field.stage_name": "Review stage",
    "field.status_name": "Status", "field.programme_name": "Funding programme",
    "field.total_cost_eur": "Total cost", "field.requested_eur": "Funding requested",
    "field.granted_eur": "Funding granted", "field.planned_jobs": "Planned jobs",
    "field.start_date": "Project start", "field.end_date": "Project end",
    "field.first_entered_on": "Entered the review pipeline", "field.contact": "Contact person",
    "field.remarks": "Remarks", "field.as_of": "Details as of", "field.source": "Source",
    "gap.focus_unmapped": "No mission is mapped to the focus area “{focus}”; {without} of "
                          "{total} there have no mission.",
    "gap.focus_unmapped_empty": "No mission is mapped to the focus area “{focus}”.",
    "gap.mission_none": "The mission {code} {name} has no project in the selection.",
    "gap.mission_revier": "The mission {code} {name} has no project {revier}.",
    "gap.mapping_unused": "The mission {code} {name} is mapped to the focus area “{focus}”, "
                          "but no project links the two.",
    "gap.theme_main": "In the Fachnetzwerk {network} {revier}, no project has {theme} as its "
                      "principal aim.",
    "gap.theme_none": "In the Fachnetzwerk {network} {revier}, no project considers the theme "
                      "{theme}.",
    "view.empty.title": "No projects in the selection",
    "view.empty": "There are no projects for this selection. Loosen the filters to see figures.",
    "view.unit.projects": "projects",
    "view.unit.requested_eur": "€ m requested",
    "view.unit.granted_eur": "€ m granted",
    "view.col.projects": "Projects",
    "view.col.requested_eur": "Requested (€)",
    "view.col.granted_eur": "Granted (€)",
    "view.col.strength": "Reference mapping",
    "view.col.source": "From",
    "view.col.target": "To",
    "view.mark.primary": "primary mapping",
    "view.mark.secondary": "secondary mapping",
    "view.mark.gap": "gap",
    "view.matrix.explanation.projects": "Projects per main mission and focus area.",
    "view.matrix.explanation.requested_eur": "Funding requested (€ m) by the projects that "
                                             "have not exited, per main mission and focus "
                                             "area.",
    "view.matrix.explanation.granted_eur": "Funding granted (€ m) to the projects that have "
                                           "not exited, per main mission and focus area.",
    "view.matrix.legend": "Frame: solid = primary mapping, dashed = secondary mapping in the "
                          "reference data; * = combination without a mapping (possible "
                          "misassignment).",
    "view.matrix.further": "Further missions are counted too.",
    "view.matrix.title.projects": "{share} of the projects with a mission are in mapped "
                                  "combinations",
    "view.matrix.title.requested_eur": "{share} of the funding requested with a mission is in "
                                       "mapped combinations",
    "view.matrix.title.granted_eur": "{share} of the funding granted with a mission is in "
                                     "mapped combinations",
    "view.matrix.top": "Largest cell: {cell} with {value} ({share}).",
    "view.matrix.top_tie": "Largest cells: {cell} with {value} each ({share} each).",
    "view.col.cell": "Cell",
    "view.col.mapping": "Mapping",
    "view.col.with_mission": "with mission",
    "view.mapping.mapped": "mapped",
    "view.mapping.unmapped": "not mapped",
    "view.mapping.none": "no mission",
    "view.col.level": "Level",
    "view.col.link": "Link",
    "view.col.gap": "Gap",
    "view.sankey.level.mission": "Mission → focus area",
    "view.sankey.level.revier": "Focus area → Revier",
    "view.matrix.stray": (("{n} project is in a combination without a reference mapping "
                           "(possible misassignment)."),
                          ("{n} projects are in combinations without a reference mapping "
                           "(possible misassignment).")),
    "view.matrix.none": ("{n} project ({share}) has no mission.",
                         "{n} projects ({share}) have no mission."),
    "view.sankey.explanation.projects": "Projects from the main mission through the focus area "
                                        "to the Revier; “no mission” included.",
    "view.sankey.explanation.requested_eur": "Funding requested (€ m, projects that have not "
                                             "exited) from the main mission through the focus "
                                             "area to the Revier.",
    "view.sankey.explanation.granted_eur": "Funding granted (€ m, projects that have not "
                                           "exited) from the main mission through the focus "
                                           "area to the Revier.",
    "view.sankey.title": "The largest flow goes into the focus area {focus} ({share})",
    "view.sankey.title_tie": "The largest flows go into the focus areas {focus} ({share} each)",
    "view.sankey.revier": "{revier}: {value} ({share}).",
    "view.sankey.biggest": "Strongest link: {link} with {value}.",
    "view.sankey.biggest_tie": "Strongest links: {link} with {value} each.",
    "view.coverage.explanation": "Projects per mission and Revier (main and further missions); "
                                 "dotted frame: a mission without a project in that Revier. "
                                 "Below, every gap as a sentence, including those the picture "
                                 "cannot show (focus areas without a mission, unused mappings).",
    "view.coverage.title": (("1 gap: a mission without a project in a Revier (marked)"),
                            ("{n} gaps: missions without a project in a Revier (marked)")),
    "view.matrix.title.no_mission": "No project in the selection has a mission",
    "view.unit_dat.projects": "projects",
    "view.unit_dat.requested_eur": "€ m requested",
    "view.unit_dat.granted_eur": "€ m granted",
    "view.coverage.title.none": "No gap in the picture: every mission has projects in every "
                                "Revier",
    "view.marker.2": "principal aim",
    "view.marker.1": "significant",
    "view.col.group.focus_area": "Focus area",
    "view.col.group.revier": "Revier",
    "view.col.group.stage": "Review stage",
    "view.col.marker_1": "Projects significant (1)",
    "view.col.marker_2": "Projects principal aim (2)",
    "view.col.share_1": "Share significant",
    "view.col.share_2": "Share principal aim",
    "view.col.total_eur": "Total funding (€)",
    "view.col.any_eur": "Funding with theme ≥ 1 (€)",
    "view.col.main_eur": "Funding with theme as principal aim (€)",
    "view.col.share_any": "Share theme ≥ 1",
    "view.col.share_main": "Share principal aim",
    "view.col.network": "Fachnetzwerk",
    "view.themes.explanation.focus_area": "Share of the projects per focus area that pursue "
                                          "the theme as principal aim (2) or significantly (1).",
    "view.themes.explanation.revier": "Share of the projects per Revier that pursue the theme "
                                      "as principal aim (2) or significantly (1).",
    "view.themes.explanation.stage": "Share of the projects per current review stage that "
                                     "pursue the theme as principal aim (2) or significantly "
                                     "(1).",
    "view.themes.title.focus_area": "Largest difference between the focus areas for "
                                    "“{theme}” as principal aim: {high} {high_share}, {low} "
                                    "{low_share}",
    "view.themes.title.revier": "Largest difference between the Reviere for “{theme}” as "
                                "principal aim: {high} {high_share}, {low} {low_share}",
    "view.themes.title.stage": "Largest difference between the review stages for “{theme}” as "
                               "principal aim: {high} {high_share}, {low} {low_share}",
    "view.themes.title_tie.focus_area": "Equally large differences between the focus areas "
                                        "for {themes}: {spread} percentage points each",
    "view.themes.title_tie.revier": "Equally large differences between the Reviere for "
                                    "{themes}: {spread} percentage points each",
    "view.themes.title_tie.stage": "Equally large differences between the review stages for "
                                   "{themes}: {spread} percentage points each",
    "view.themes.title_one.focus_area": "“{theme}” is the principal aim of {share} of the "
                                        "projects ({group})",
    "view.themes.title_one.revier": "“{theme}” is the principal aim of {share} of the projects "
                                    "({group})",
    "view.themes.title_one.stage": "“{theme}” is the principal aim of {share} of the projects "
                                   "({group})",
    "view.themes.overall": "Across all projects of the selection, “{theme}” is most often the "
                           "principal aim ({share}).",
    "view.themes.overall_low": "Least often the principal aim is “{theme}” ({share}) – worth "
                               "approaching projects about it directly.",
    "view.funding.explanation.requested_eur": "Share of the funding requested (projects that "
                                              "have not exited) in projects that pursue the "
                                              "theme as principal aim or significantly.",
    "view.funding.explanation.granted_eur": "Share of the funding granted (projects that have "
                                            "not exited) in projects that pursue the theme as "
                                            "principal aim or significantly.",
    "view.funding.title.requested_eur": "{share} of the funding requested goes to projects "
                                        "with {theme}",
    "view.funding.title.granted_eur": "{share} of the funding granted goes to projects with "
                                      "{theme}",
    "view.funding.total": "Basis: {total} in the selection.",
    "view.funding.weakest": "The least funding goes to {theme} as principal aim: {share} "
                            "({amount}).",
    "view.networks.explanation": "Share of the projects per Fachnetzwerk that pursue the theme "
                                 "as principal aim (in brackets: number); dotted frame: no "
                                 "project with this principal aim.",
    "view.networks.title": "In {n} of {total}, a theme is missing as principal aim",
    "view.networks.title.none": "Every Fachnetzwerk has every theme as principal aim at least "
                                "once",
    "projects.history.caption": "Every review stage the project was in, with entry and exit; "
                                "open stages counted until today. Orange frame: exited here.",
    "projects.history.today": "today",
    "projects.history.days": "days",
}
