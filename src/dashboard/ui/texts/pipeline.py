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
                           "in die Stufe bis heute.",
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
                           "die länger als {days} Tage in derselben Stufe stehen, je Stufe.",
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
    "changes.since_help": "Standard: die gespeicherte „letzte Sitzung“, sonst vor 30 Tagen. Die "
                          "Übersicht zeigt ihre Veränderungen für denselben Zeitraum.",
    "changes.use_meeting": "Letzte Sitzung ({day}) verwenden",
    "changes.no_meeting": "Noch kein Datum als „letzte Sitzung“ gespeichert.",
    "changes.save_meeting": "Datum als „letzte Sitzung“ speichern",
    "changes.saved": "{day} ist als „letzte Sitzung“ gespeichert.",
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
}
