"""Texts of the pages Übersicht (additions), Pipeline and Veränderungen, and of their views."""

DE = {
    "nav.pipeline": "Pipeline",
    "nav.changes": "Veränderungen",
    # Übersicht additions
    "kpi.delta": "{sign}{value}",
    "kpi.delta.meeting": "seit der letzten Sitzung am {day} (dieser Tag eingeschlossen)",
    "kpi.delta.days": "seit dem {day} (dieser Tag eingeschlossen, vor {days} Tagen)",
    "kpi.delta.caption": "Zahlen unter den Werten: Veränderung {period}, wie auf der Seite "
                         "„Veränderungen“ (Details im Fragezeichen).",
    "kpi.delta.help": "Veränderung {period}: heutiger Wert minus Stand am Ende des Vortags. Der "
                      "damalige Stand wird aus der Prüfstufen-Historie rekonstruiert: gezählt "
                      "werden Projekte mit einem Ereignis bis zu diesem Tag, mit Stufe und Status "
                      "ihres letzten Ereignisses. Beträge sind die heutigen Beträge dieser "
                      "Projekte; „Bewilligt (€)“ zählt damals nur Projekte, die damals schon "
                      "bewilligt waren.",
    "freshness.title": "Datenstand je Fachnetzwerk",
    "freshness.none_stale": (("Das Fachnetzwerk hat aktuelle Daten ({max} Tage alt)"),
                             ("Alle {n} Fachnetzwerke haben aktuelle Daten (höchstens {max} Tage "
                              "alt)")),
    "freshness.some_stale": (("Veraltete Daten: {networks} – {n} von {total} hat seit über "
                              "{days} Tagen keinen neuen Stand"),
                             ("Veraltete Daten: {networks} – {n} von {total} haben seit über "
                              "{days} Tagen keinen neuen Stand")),
    "freshness.more": "{n} weitere",
    "freshness.explanation": "Tage seit dem jüngsten Datenstand („Stand“) der Projekte des "
                             "Fachnetzwerks, sonst seit dem letzten Import; rot: älter als {days} "
                             "Tage oder keine Daten.",
    "freshness.sentence_stale": "{network} ({revier}): letzter Stand {day}, vor {age} Tagen – bitte "
                                "eine aktuelle Liste anfordern.",
    "freshness.sentence_never": "{network} ({revier}): noch kein Datenstand – bitte eine Liste "
                                "anfordern.",
    "freshness.sentence_fresh": (("Am aktuellsten ist {networks} mit Stand {day}."),
                                 ("Am aktuellsten sind {networks} mit Stand {day}.")),
    "freshness.empty": "Für diese Auswahl gibt es keine Fachnetzwerke mit Projekten.",
    "waiting.title": "Am längsten wartet „{title}“: {days} Tage in der Stufe „{stage}“",
    "waiting.title_tie": "Am längsten warten {titles}: je {days} Tage in ihrer Stufe",
    "waiting.explanation": "Die fünf aktiven Projekte, die am längsten in ihrer aktuellen "
                           "Prüfstufe (Projektidee bis Qualifizierung) stehen; Tage seit Eintritt "
                           "in die Stufe bis zum {today}.",
    "waiting.sentence": (("{n} der {total} am längsten wartenden Projekte steht in der Stufe "
                          "{stage}."),
                         ("{n} der {total} am längsten wartenden Projekte stehen in der Stufe "
                          "{stage}.")),
    "waiting.sentence_all": (("Das am längsten wartende Projekt steht in der Stufe {stage}."),
                             ("Alle {n} am längsten wartenden Projekte stehen in der Stufe "
                              "{stage}.")),
    "waiting.sentence_tie": (("Je {n} der {total} am längsten wartenden Projekte steht in den "
                              "Stufen {stage}."),
                             ("Je {n} der {total} am längsten wartenden Projekte stehen in den "
                              "Stufen {stage}.")),
    "waiting.empty": "In dieser Auswahl steht kein aktives Projekt in einer Prüfstufe.",
    # Pipeline page
    "pipeline.title": "Pipeline",
    "pipeline.caption": "Wie viele Projekte jede Prüfstufe erreichen, wo sie ausscheiden, wie "
                        "lange sie warten.",
    "pipeline.empty": "Für diese Auswahl gibt es keine Projekte. Filter lockern.",
    "pipeline.tab.funnel": "Trichter",
    "pipeline.tab.revier": "je Revier",
    "pipeline.tab.focus": "je Schwerpunkt",
    "pipeline.tab.durations": "Verweildauer",
    "pipeline.tab.stalled": "Hängende Projekte",
    "pipeline.tab.quarterly": "je Quartal",
    "pipeline.stalled_days": "Als „hängend“ gilt ein Projekt nach … Tagen in derselben Stufe",
    "pipeline.stalled_table": "Hängende Projekte (Klick auf die Kennung öffnet das Projekt)",
    "funnel.title": "{granted} von {total} haben die Bewilligung erreicht ({share})",
    "funnel.title_none": (("Das eine Projekt der Auswahl hat die Bewilligung noch nicht "
                           "erreicht"),
                          "Noch keines der {total} Projekte hat die Bewilligung erreicht"),
    "funnel.explanation": "Links: Projekte, die eine Stufe je erreicht haben (in Klammern: Anteil "
                          "der Vorstufe, auch noch laufende Fälle der Vorstufe zählen mit); "
                          "rechts: Projekte, die in der Stufe ausgeschieden sind, nach Grund.",
    "funnel.sentence_exits": "Die meisten Projekte scheiden in der Stufe {stage} aus: {n}, "
                             "davon {rejected} abgelehnt.",
    "funnel.sentence_exits_tie": "Die meisten Projekte scheiden in den Stufen {stages} aus: je "
                                 "{n}.",
    "funnel.sentence_conversion": "Bis zur Bewilligung hat {stage} den niedrigsten Übergang: "
                                  "{share} der Projekte der Vorstufe sind dort angekommen.",
    "funnel.sentence_conversion_tie": "Bis zur Bewilligung haben {stage} die niedrigsten "
                                      "Übergänge: je {share} der Projekte der Vorstufe sind dort "
                                      "angekommen.",
    "funnel.step.to_grant": "bis zur Bewilligung",
    "funnel.step.after_grant": "nach der Bewilligung",
    "funnel.empty": "Für diese Auswahl gibt es keine Projekte mit Prüfstufen.",
    "multiples.title": "{group}: anteilig die meisten Bewilligungen ({share})",
    "multiples.title_tie": "{group}: anteilig gleich viele Bewilligungen (je {share})",
    "multiples.explanation": "Projekte, die eine Stufe erreicht haben, je {dimension}; in "
                             "Klammern der Anteil der Vorstufe.",
    "multiples.sentence": "{group}: {granted} von {total} bewilligt ({share}).",
    "multiples.dimension.revier": "Revier",
    "multiples.dimension.focus_area": "Entwicklungsschwerpunkt",
    "durations.section.after": "nach der Bewilligung",
    "durations.section.after_chart": "nach der Bewilligung",
    "durations.title": "Unter den Prüfstufen dauert {stage} am längsten: im Median {median} Tage",
    "durations.title_tie": "Unter den Prüfstufen dauern {stage} am längsten: im Median je "
                           "{median} Tage",
    "durations.title_no_review": "In den Prüfstufen gibt es noch keine abgeschlossenen "
                                 "Aufenthalte",
    "durations.explanation": "Tage je abgeschlossenem Aufenthalt in einer Stufe (Eintritt bis "
                             "nächstes Ereignis): Kasten 25.–75. Perzentil, Strich Median, "
                             "Linien 10.–90. Perzentil. Raute: Median der laufenden Fälle "
                             "(aktive Projekte, seit Eintritt bis heute) – getrennt ausgewiesen. "
                             "Grau hinterlegt: die Stufen nach der Bewilligung.",
    "durations.sentence_p90": "In {stage} brauchen 10 % der Projekte länger als {p90} Tage.",
    "durations.sentence_after": "Nach der Bewilligung dauert {stage} im Median {median} Tage.",
    "durations.sentence_current": (("{n} aktives Projekt steht gerade in {stage}, seit "
                                    "{median} Tagen."),
                                   ("Die meisten laufenden Fälle stehen in {stage}: {n} aktive "
                                    "Projekte, im Median seit {median} Tagen.")),
    "durations.empty": "Für diese Auswahl gibt es noch keine abgeschlossenen Aufenthalte in "
                       "einer Stufe.",
    "stalled.title": (("1 Projekt wartet seit über {days} Tagen in seiner Prüfstufe"),
                      ("{n} Projekte warten seit über {days} Tagen in ihrer Prüfstufe")),
    "stalled.explanation": "Aktive Projekte in einer Prüfstufe (Projektidee bis Qualifizierung), "
                           "die länger als {days} Tage in derselben Stufe stehen, je Stufe; "
                           "gemessen am {today}.",
    "stalled.sentence_stage": "Die meisten davon stehen in der Stufe {stage}: {n}.",
    "stalled.sentence_stage_tie": "Die meisten davon stehen in den Stufen {stage}: je {n}.",
    "stalled.sentence_longest": "Am längsten wartet „{title}“ ({id}): {days} Tage in „{stage}“.",
    "stalled.empty": "Kein aktives Projekt der Auswahl wartet länger als {days} Tage in seiner "
                     "Prüfstufe.",
    "quarterly.title": "{quarter}: {new} und {moves}",
    "quarterly.title_running": "{quarter}: bisher {new} und {moves}",
    "quarterly.running_label": "{quarter} (laufend, bis {day})",
    "quarterly.explanation": "Je Quartal: neu aufgenommene Projekte (erstes Ereignis), Wechsel "
                             "in eine weitere Stufe und Ausstiege. Das laufende Quartal ist "
                             "schraffiert: es ist noch nicht vollständig.",
    "quarterly.sentence_running": "Im laufenden Quartal {quarter} bisher: {new} und {moves}.",
    "quarterly.sentence_peak": "Die meisten neuen Projekte kamen im {quarter} ({n}).",
    "quarterly.sentence_peak_tie": "Die meisten neuen Projekte kamen in den Quartalen {quarter} "
                                   "(je {n}).",
    "quarterly.sentence_year": "Im Jahr {year}: {new}, {moves}, {exits}.",
    "quarterly.empty": "Für diese Auswahl gibt es keine Prüfstufen-Ereignisse.",
    # Veränderungen page
    "changes.title": "Veränderungen",
    "changes.caption": "Alles, was sich seit einem Stichtag getan hat: neue Projekte, "
                       "Stufenwechsel, Ausstiege, Förderung.",
    "changes.since": "Veränderungen seit (dieser Tag eingeschlossen)",
    "changes.since_help": "Standard: die gespeicherte „letzte Sitzung“, sonst vor 30 Tagen (sind "
                          "die Daten älter: die 30 Tage bis zur letzten Änderung). Die Übersicht "
                          "zeigt ihre Veränderungen für denselben Zeitraum.",
    "changes.no_meeting": "Noch kein Datum als „letzte Sitzung“ gespeichert.",
    "changes.save_meeting": "Datum als „letzte Sitzung“ speichern",
    "changes.saved": "{day} ist als „letzte Sitzung“ gespeichert.",
    "changes.start.meeting": "Letzte Sitzung ({day})",
    "changes.start.import": "Letzter Import ({day})",
    "changes.start.newest": "Letzte Änderung ({day})",
    "age.notice": "Letzte Änderung der Daten am {day} – {days} Tage her.",
    "age.notice_window": "Letzte Änderung der Daten am {day} – {days} Tage her. Der Zeitraum "
                         "beginnt deshalb am {since}: die 30 Tage bis zur letzten Änderung.",
    "changes.future": "Das Datum liegt in der Zukunft; es wird der heutige Tag verwendet.",
    "changes.view.title": "Seit dem {day} (einschließlich): {new}, {moves}, {exits}",
    "changes.view.title_none": "Seit dem {day} (einschließlich) hat sich in dieser Auswahl nichts verändert",
    "changes.view.explanation": "Ereignisse vom {since} bis {until} (beide Tage eingeschlossen) je "
                                "Prüfstufe: neu aufgenommene Projekte, Wechsel in die Stufe, "
                                "Ausstiege in der Stufe.",
    "changes.view.sentence_grants": (("1 Projekt wurde bewilligt, mit {sum}."),
                                     ("{n} Projekte wurden bewilligt, zusammen {sum}.")),
    "changes.view.sentence_no_grants": "Im Zeitraum wurde kein Projekt neu bewilligt.",
    "changes.view.sentence_exits": (("1 Projekt ist ausgeschieden ({zurueckgestellt} "
                                     "zurückgestellt, {abgelehnt} abgelehnt, {zurueckgezogen} "
                                     "zurückgezogen)."),
                                    ("{n} Projekte sind ausgeschieden: {zurueckgestellt} "
                                     "zurückgestellt, {abgelehnt} abgelehnt, {zurueckgezogen} "
                                     "zurückgezogen.")),
    "changes.view.empty": "Zwischen {since} und {until} gibt es in dieser Auswahl keine "
                          "Veränderungen.",
    "changes.capped": "Gezeigt: die neuesten {shown} von {total} Einträgen; die vollständige "
                      "Liste als Download.",
    "changes.tab.stages": "je Prüfstufe",
    "changes.tile.new": "Neue Projekte",
    "changes.tile.new.help": "Projekte, deren erste Prüfstufe vom {since} bis {until} begann.",
    "changes.tile.moves": "Stufenwechsel",
    "changes.tile.moves.help": "Wechsel in eine weitere Prüfstufe vom {since} bis {until}.",
    "changes.tile.exits": "Ausstiege",
    "changes.tile.exits.help": "Projekte, die vom {since} bis {until} ausgeschieden sind "
                               "(zurückgezogen, abgelehnt, zurückgestellt).",
    "changes.tile.grants": "Neu bewilligt",
    "changes.tile.grants.help": "Projekte, die vom {since} bis {until} die Stufe „Bewilligt“ "
                                "erreicht haben; darunter die Summe ihrer heutigen "
                                "Bewilligungsbeträge.",
    "changes.tile.amounts": "Beträge geändert",
    "changes.tile.amounts.help": "Projekte, deren beantragter oder bewilligter Betrag ein Import "
                                 "vom {since} bis {until} geändert hat.",
    "changes.new": "Neue Projekte",
    "changes.moves": "Stufenwechsel",
    "changes.exits": "Ausstiege",
    "changes.funding": "Förderung: neu bewilligt",
    "changes.funding_note": "Projekte, die im Zeitraum die Stufe „Bewilligt“ erreicht haben, "
                            "mit ihrem heutigen Bewilligungsbetrag (aus der Prüfstufen-Historie).",
    "changes.amounts": "Förderung: Beträge geändert",
    "changes.amounts_note": "Projekte, deren beantragter oder bewilligter Betrag durch einen "
                            "Import im Zeitraum geändert wurde: Betrag vor dem ersten solchen "
                            "Import und heute (aus der Versionsgeschichte der Importe).",
    "pl.col.requested_before": "Beantragt vorher (€)",
    "pl.col.requested_eur": "Beantragt heute (€)",
    "pl.col.granted_before": "Bewilligt vorher (€)",
    "pl.col.granted_now": "Bewilligt heute (€)",
    "changes.none": "Keine Einträge im Zeitraum.",
    "pl.col.project_id": "Kennung",
    "pl.col.title": "Titel",
    "pl.col.stage": "Prüfstufe",
    "pl.col.from_stage": "von Stufe",
    "pl.col.date": "Datum",
    "pl.col.days": "Tage in der Stufe",
    "pl.col.since": "in der Stufe seit",
    "pl.col.reason": "Grund",
    "pl.col.granted_eur": "Bewilligt (€)",
    "pl.col.revier": "Revier",
}

EN = {
    "nav.pipeline": "Pipeline",
    "nav.changes": "Changes",
    "kpi.delta": "{sign}{value}",
    "kpi.delta.meeting": "since the last meeting on {day} (this day included)",
    "kpi.delta.days": "since {day} (this day included, {days} days ago)",
    "kpi.delta.caption": "Figures below the values: change {period}, as on the page "
                         "“Changes” (details behind the question mark).",
    "kpi.delta.help": "Change {period}: today's value minus the state at the end of the day "
                      "before. That state is rebuilt from the review-stage history: it counts "
                      "projects with an event up to that day, with the stage and status of their "
                      "last event. Amounts are today's amounts of these projects; “Granted (€)” "
                      "then counts only projects that had already been granted.",
    "freshness.title": "Data as of, per Fachnetzwerk",
    "freshness.none_stale": (("The Fachnetzwerk has current data ({max} days old)"),
                             ("All {n} Fachnetzwerke have current data (at most {max} days "
                              "old)")),
    "freshness.some_stale": (("Outdated data: {networks} – {n} of {total} has had no new data "
                              "for over {days} days"),
                             ("Outdated data: {networks} – {n} of {total} have had no new data "
                              "for over {days} days")),
    "freshness.more": "{n} more",
    "freshness.explanation": "Days since the most recent “as of” date of the Fachnetzwerk's "
                             "projects, otherwise since the last import; red: older than {days} "
                             "days or no data. A Fachnetzwerk (specialist network) covers one "
                             "focus area in one Revier.",
    "freshness.sentence_stale": "{network} ({revier}): last data as of {day}, {age} days ago – "
                                "please ask for a current list.",
    "freshness.sentence_never": "{network} ({revier}): no data yet – please ask for a list.",
    "freshness.sentence_fresh": (("The most recent is {networks}, as of {day}."),
                                 ("The most recent are {networks}, as of {day}.")),
    "freshness.empty": "There are no Fachnetzwerke with projects for this selection.",
    "waiting.title": "Waiting longest: “{title}”, {days} days in the stage “{stage}”",
    "waiting.title_tie": "Waiting longest: {titles}, {days} days each in their stage",
    "waiting.explanation": "The five active projects that have been in their current review "
                           "stage (Projektidee to Qualifizierung) the longest; days from entering "
                           "the stage until {today}.",
    "waiting.sentence": (("{n} of the {total} longest-waiting projects is in the stage "
                          "{stage}."),
                         ("{n} of the {total} longest-waiting projects are in the stage "
                          "{stage}.")),
    "waiting.sentence_all": (("The longest-waiting project is in the stage {stage}."),
                             ("All {n} longest-waiting projects are in the stage {stage}.")),
    "waiting.sentence_tie": (("{n} of the {total} longest-waiting projects each is in the "
                              "stages {stage}."),
                             ("{n} of the {total} longest-waiting projects each are in the "
                              "stages {stage}.")),
    "waiting.empty": "No active project of this selection is in a review stage.",
    "pipeline.title": "Pipeline",
    "pipeline.caption": "How many projects reach each review stage, where they exit, how long "
                        "they wait.",
    "pipeline.empty": "There are no projects for this selection. Loosen the filters.",
    "pipeline.tab.funnel": "Funnel",
    "pipeline.tab.revier": "by Revier",
    "pipeline.tab.focus": "by focus area",
    "pipeline.tab.durations": "Time in stage",
    "pipeline.tab.stalled": "Stalled projects",
    "pipeline.tab.quarterly": "by quarter",
    "pipeline.stalled_days": "A project counts as “stalled” after … days in the same stage",
    "pipeline.stalled_table": "Stalled projects (click the ID to open the project)",
    "funnel.title": "{granted} of {total} have been granted ({share})",
    "funnel.title_none": (("The one project of the selection has not been granted yet"),
                          "None of the {total} projects has been granted yet"),
    "funnel.explanation": "Left: projects that ever reached a stage (in brackets: share of the "
                          "stage before, cases still open there included); right: projects that "
                          "exited at the stage, by reason.",
    "funnel.sentence_exits": "Most projects exit at the stage {stage}: {n}, {rejected} of them "
                             "rejected.",
    "funnel.sentence_exits_tie": "Most projects exit at the stages {stages}: {n} each.",
    "funnel.sentence_conversion": "Up to the grant, {stage} has the lowest transition: {share} "
                                  "of the projects of the stage before arrived there.",
    "funnel.sentence_conversion_tie": "Up to the grant, {stage} have the lowest transitions: "
                                      "{share} each of the projects of the stage before arrived "
                                      "there.",
    "funnel.step.to_grant": "up to the grant",
    "funnel.step.after_grant": "after the grant",
    "funnel.empty": "There are no projects with review stages for this selection.",
    "multiples.title": "{group}: the highest share of grants ({share})",
    "multiples.title_tie": "{group}: equal shares of grants ({share} each)",
    "multiples.explanation": "Projects that reached a stage, per {dimension}; in brackets the "
                             "share of the stage before.",
    "multiples.sentence": "{group}: {granted} of {total} granted ({share}).",
    "multiples.dimension.revier": "Revier",
    "multiples.dimension.focus_area": "focus area",
    "durations.section.after": "after the grant",
    "durations.section.after_chart": "after the grant",
    "durations.title": "Of the review stages, {stage} takes longest: median {median} days",
    "durations.title_tie": "Of the review stages, {stage} take longest: median {median} days "
                           "each",
    "durations.title_no_review": "No stay in a review stage has ended yet",
    "durations.explanation": "Days per completed stay in a stage (entry to next event): box "
                             "25th–75th percentile, line median, whiskers 10th–90th percentile. "
                             "Diamond: median of the open cases (active projects, from entry "
                             "until today) – shown apart. Grey background: the stages after the "
                             "grant.",
    "durations.sentence_p90": "In {stage}, 10% of the projects take longer than {p90} days.",
    "durations.sentence_after": "After the grant, {stage} takes a median of {median} days.",
    "durations.sentence_current": (("{n} active project is in {stage} right now, for {median} "
                                    "days."),
                                   ("Most open cases are in {stage}: {n} active projects, for a "
                                    "median of {median} days.")),
    "durations.empty": "For this selection no stay in a stage has ended yet.",
    "stalled.title": (("1 project has been waiting in its review stage for over {days} days"),
                      ("{n} projects have been waiting in their review stage for over {days} "
                       "days")),
    "stalled.explanation": "Active projects in a review stage (Projektidee to Qualifizierung) "
                           "that have been in the same stage for more than {days} days, per "
                           "stage; measured on {today}.",
    "stalled.sentence_stage": "Most of them are in the stage {stage}: {n}.",
    "stalled.sentence_stage_tie": "Most of them are in the stages {stage}: {n} each.",
    "stalled.sentence_longest": "Waiting longest: “{title}” ({id}), {days} days in “{stage}”.",
    "stalled.empty": "No active project of the selection has been waiting in its review stage "
                     "for more than {days} days.",
    "quarterly.title": "{quarter}: {new} and {moves}",
    "quarterly.title_running": "{quarter} so far: {new} and {moves}",
    "quarterly.running_label": "{quarter} (running, to {day})",
    "quarterly.explanation": "Per quarter: projects taken in (first event), moves to a further "
                             "stage, and exits. The running quarter is hatched: it is not "
                             "complete yet.",
    "quarterly.sentence_running": "In the running quarter {quarter} so far: {new} and {moves}.",
    "quarterly.sentence_peak": "Most new projects came in {quarter} ({n}).",
    "quarterly.sentence_peak_tie": "Most new projects came in the quarters {quarter} ({n} "
                                   "each).",
    "quarterly.sentence_year": "In {year}: {new}, {moves}, {exits}.",
    "quarterly.empty": "There are no review-stage events for this selection.",
    "changes.title": "Changes",
    "changes.caption": "Everything that happened since a reference date: new projects, stage "
                       "moves, exits, funding.",
    "changes.since": "Changes since (this day included)",
    "changes.since_help": "Default: the saved “last meeting”, otherwise 30 days ago (for older "
                          "data: the 30 days up to the last change). The Overview shows its "
                          "changes for the same period.",
    "changes.no_meeting": "No date saved as “last meeting” yet.",
    "changes.save_meeting": "Save the date as “last meeting”",
    "changes.saved": "{day} is saved as “last meeting”.",
    "changes.start.meeting": "Last meeting ({day})",
    "changes.start.import": "Last import ({day})",
    "changes.start.newest": "Last change ({day})",
    "age.notice": "Data last changed on {day} – {days} days ago.",
    "age.notice_window": "Data last changed on {day} – {days} days ago. The period therefore "
                         "starts on {since}: the 30 days up to the last change.",
    "changes.future": "The date is in the future; today is used instead.",
    "changes.view.title": "Since {day} (inclusive): {new}, {moves}, {exits}",
    "changes.view.title_none": "Since {day} (inclusive) nothing has changed in this selection",
    "changes.view.explanation": "Events from {since} to {until} (both days included) per "
                                "review stage: projects taken in, moves into the stage, exits "
                                "at the stage.",
    "changes.view.sentence_grants": (("1 project was granted, with {sum}."),
                                     ("{n} projects were granted, {sum} together.")),
    "changes.view.sentence_no_grants": "No project was newly granted in the period.",
    "changes.view.sentence_exits": (("1 project exited ({zurueckgestellt} on hold, "
                                     "{abgelehnt} rejected, {zurueckgezogen} withdrawn)."),
                                    ("{n} projects exited: {zurueckgestellt} on hold, "
                                     "{abgelehnt} rejected, {zurueckgezogen} withdrawn.")),
    "changes.view.empty": "There are no changes in this selection between {since} and "
                          "{until}.",
    "changes.capped": "Shown: the newest {shown} of {total} entries; the complete list as a "
                      "download.",
    "changes.tab.stages": "by review stage",
    "changes.tile.new": "New projects",
    "changes.tile.new.help": "Projects whose first review stage began between {since} and "
                             "{until}.",
    "changes.tile.moves": "Stage moves",
    "changes.tile.moves.help": "Moves to a further review stage between {since} and {until}.",
    "changes.tile.exits": "Exits",
    "changes.tile.exits.help": "Projects that exited between {since} and {until} (withdrawn, "
                               "rejected, on hold).",
    "changes.tile.grants": "Newly granted",
    "changes.tile.grants.help": "Projects that reached the stage “Bewilligt” (granted) between "
                                "{since} and {until}; below, the total of their current granted "
                                "amounts.",
    "changes.tile.amounts": "Amounts changed",
    "changes.tile.amounts.help": "Projects whose requested or granted amount an import between "
                                 "{since} and {until} changed.",
    "changes.new": "New projects",
    "changes.moves": "Stage moves",
    "changes.exits": "Exits",
    "changes.funding": "Funding: newly granted",
    "changes.funding_note": "Projects that reached the stage “Bewilligt” (granted) in the "
                            "period, with their current granted amount (from the review-stage "
                            "history).",
    "changes.amounts": "Funding: amounts changed",
    "changes.amounts_note": "Projects whose requested or granted amount an import in the period "
                            "changed: the amount before the first such import and today (from "
                            "the version history of the imports).",
    "pl.col.requested_before": "Requested before (€)",
    "pl.col.requested_eur": "Requested today (€)",
    "pl.col.granted_before": "Granted before (€)",
    "pl.col.granted_now": "Granted today (€)",
    "changes.none": "No entries in the period.",
    "pl.col.project_id": "ID",
    "pl.col.title": "Title",
    "pl.col.stage": "Review stage",
    "pl.col.from_stage": "from stage",
    "pl.col.date": "Date",
    "pl.col.days": "Days in the stage",
    "pl.col.since": "in the stage since",
    "pl.col.reason": "Reason",
    "pl.col.granted_eur": "Granted (€)",
    "pl.col.revier": "Revier",
}
