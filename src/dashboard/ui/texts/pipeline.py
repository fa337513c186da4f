"""Texts of the pages Übersicht (additions), Pipeline and Veränderungen, and of their views."""

DE = {
    "nav.pipeline": "Pipeline",
    "nav.changes": "Veränderungen",
    # Übersicht additions
    "kpi.delta": "{sign}{value}",
    "kpi.delta.caption": "Pfeile unter den Zahlen: Veränderung seit dem {day} (vor {days} Tagen), "
                         "aus der Prüfstufen-Historie rekonstruiert (Details im Fragezeichen).",
    "kpi.delta.help": "Veränderung gegenüber dem Stand am {day} (vor {days} Tagen). Der "
                      "damalige Stand wird aus der Prüfstufen-Historie rekonstruiert: gezählt "
                      "werden Projekte mit einem Ereignis bis zu diesem Tag, mit Stufe und Status "
                      "ihres letzten Ereignisses. Beträge sind die heutigen Beträge dieser "
                      "Projekte (es gibt keine Versionsgeschichte der Beträge); „Bewilligt (€)“ "
                      "zählt damals nur Projekte, die damals schon bewilligt waren.",
    "freshness.title": "Datenstand je Fachnetzwerk",
    "freshness.none_stale": "Alle {n} Fachnetzwerke haben aktuelle Daten (höchstens {max} Tage "
                            "alt)",
    "freshness.some_stale": "{n} von {total} Fachnetzwerken haben seit über {days} Tagen keine "
                            "neuen Daten",
    "freshness.one_stale": "1 von {total} Fachnetzwerken hat seit über {days} Tagen keine neuen "
                           "Daten",
    "freshness.explanation": "Tage seit dem jüngsten Datenstand („Stand“) der Projekte des "
                             "Fachnetzwerks, sonst seit dem letzten Import; rot: älter als {days} "
                             "Tage oder keine Daten.",
    "freshness.sentence_stale": "{network} ({revier}): letzter Stand {day}, vor {age} Tagen.",
    "freshness.sentence_fresh": "Am aktuellsten ist {network} ({revier}) mit Stand {day}.",
    "freshness.empty": "Für diese Auswahl gibt es keine Fachnetzwerke mit Projekten.",
    "waiting.title": "Am längsten wartet „{title}“: {days} Tage in der Stufe „{stage}“",
    "waiting.explanation": "Die fünf aktiven Projekte, die am längsten in ihrer aktuellen "
                           "Prüfstufe (Projektidee bis Qualifizierung) stehen; Tage seit Eintritt "
                           "in die Stufe bis heute.",
    "waiting.sentence": (("{n} der fünf am längsten wartenden Projekte steht in der Stufe "
                         "„{stage}“."),
                         ("{n} der fünf am längsten wartenden Projekte stehen in der Stufe "
                         "„{stage}“.")),
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
    "funnel.title": "{granted} von {total} Projekten haben die Bewilligung erreicht ({share})",
    "funnel.title_none": "Noch keines der {total} Projekte hat die Bewilligung erreicht",
    "funnel.explanation": "Links: Projekte, die eine Stufe je erreicht haben (in Klammern: Anteil "
                          "der Vorstufe, auch noch laufende Fälle der Vorstufe zählen mit); "
                          "rechts: Projekte, die in der Stufe ausgeschieden sind, nach Grund.",
    "funnel.sentence_exits": "Die meisten Projekte scheiden in der Stufe „{stage}“ aus: {n}, "
                             "davon {rejected} abgelehnt.",
    "funnel.sentence_conversion": "Den niedrigsten Übergang hat „{stage}“: {share} der Projekte "
                                  "der Vorstufe sind dort angekommen.",
    "funnel.empty": "Für diese Auswahl gibt es keine Projekte mit Prüfstufen.",
    "multiples.title": "{group}: anteilig die meisten Bewilligungen ({share})",
    "multiples.explanation": "Projekte, die eine Stufe erreicht haben, je {dimension}; in "
                             "Klammern der Anteil der Vorstufe.",
    "multiples.sentence": "{group}: {granted} von {total} Projekten bewilligt ({share}).",
    "multiples.dimension.revier": "Revier",
    "multiples.dimension.focus_area": "Entwicklungsschwerpunkt",
    "durations.title": "Am längsten dauert „{stage}“: im Median {median} Tage",
    "durations.explanation": "Tage je abgeschlossenem Aufenthalt in einer Stufe (Eintritt bis "
                             "nächstes Ereignis): Kasten 25.–75. Perzentil, Strich Median, "
                             "Linien 10.–90. Perzentil. Raute: Median der laufenden Fälle "
                             "(aktive Projekte, seit Eintritt bis heute) – getrennt ausgewiesen.",
    "durations.sentence_p90": "In „{stage}“ brauchen 10 % der Projekte länger als {p90} Tage.",
    "durations.sentence_current": (("{n} aktives Projekt steht gerade in „{stage}“, seit "
                                   "{median} Tagen."),
                                   ("{n} aktive Projekte stehen gerade in „{stage}“, im Median "
                                   "seit {median} Tagen.")),
    "durations.empty": "Für diese Auswahl gibt es noch keine abgeschlossenen Aufenthalte in "
                       "einer Stufe.",
    "stalled.title": "{n} Projekte warten seit über {days} Tagen in ihrer Prüfstufe",
    "stalled.title_one": "1 Projekt wartet seit über {days} Tagen in seiner Prüfstufe",
    "stalled.explanation": "Aktive Projekte in einer Prüfstufe (Projektidee bis Qualifizierung), "
                           "die länger als {days} Tage in derselben Stufe stehen, je Stufe.",
    "stalled.sentence_stage": "Davon {n} in der Stufe „{stage}“.",
    "stalled.sentence_longest": "Am längsten wartet „{title}“ ({id}): {days} Tage in „{stage}“.",
    "stalled.empty": "Kein aktives Projekt der Auswahl wartet länger als {days} Tage in seiner "
                     "Prüfstufe.",
    "quarterly.title": "{quarter}: {new} und {moves}",
    "quarterly.explanation": "Je Quartal: neu aufgenommene Projekte (erstes Ereignis), Wechsel "
                             "in eine weitere Stufe und Ausstiege.",
    "quarterly.sentence_peak": "Die meisten neuen Projekte kamen im {quarter} ({n}).",
    "quarterly.sentence_year": "In den letzten vier Quartalen: {new}, {moves}, {exits}.",
    "quarterly.empty": "Für diese Auswahl gibt es keine Prüfstufen-Ereignisse.",
    # Veränderungen page
    "changes.title": "Veränderungen",
    "changes.caption": "Alles, was sich seit einem Stichtag getan hat: neue Projekte, "
                       "Stufenwechsel, Ausstiege, Förderung.",
    "changes.since": "Veränderungen seit (einschließlich)",
    "changes.since_help": "Standard: vor 30 Tagen. Ein gespeichertes Datum „letzte Sitzung“ "
                          "lässt sich unten wählen.",
    "changes.use_meeting": "Letzte Sitzung ({day}) verwenden",
    "changes.no_meeting": "Noch kein Datum als „letzte Sitzung“ gespeichert.",
    "changes.save_meeting": "Datum als „letzte Sitzung“ speichern",
    "changes.saved": "{day} ist als „letzte Sitzung“ gespeichert.",
    "changes.future": "Das Datum liegt in der Zukunft; es wird der heutige Tag verwendet.",
    "changes.view.title": "Seit {day}: {new}, {moves}, {exits}",
    "changes.view.title_none": "Seit {day} hat sich in dieser Auswahl nichts verändert",
    "changes.view.explanation": "Ereignisse vom {since} bis {until} je Prüfstufe: neu "
                                "aufgenommene Projekte, Wechsel in die Stufe, Ausstiege in der "
                                "Stufe.",
    "changes.view.sentence_grants": "{n} Projekte wurden bewilligt, zusammen {sum}.",
    "changes.view.sentence_no_grants": "Im Zeitraum wurde kein Projekt neu bewilligt.",
    "changes.view.sentence_exits": "{n} Projekte sind ausgeschieden: {reasons}.",
    "changes.view.sentence_one_exit": "1 Projekt ist ausgeschieden: {reasons}.",
    "changes.view.sentence_one_grant": "1 Projekt wurde bewilligt, mit {sum}.",
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
