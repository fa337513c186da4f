"""Texts of the official lists of operations (Förderlisten): reader messages, the page, the
reconciliation sentences, the CLI."""

DE = {
    # -- reader ---------------------------------------------------------------------------
    "fl.file.no_header": "Keine Kopfzeile einer Liste der Vorhaben gefunden (erwartet z. B. "
                         "{fields}).",
    "fl.column.duplicate": "Spalte „{name}“ kommt doppelt vor (zuerst in Spalte {first}); "
                           "ihre Werte werden als Zusatzangaben gespeichert.",
    "fl.column.no_header": "Spalte {letter} hat keine Überschrift, aber {n} Werte; sie werden "
                           "als Zusatzangaben gespeichert.",
    "fl.column.extra": "Spalte „{name}“ ist keine bekannte Spalte; ihre {n} Werte werden als "
                       "Zusatzangaben gespeichert.",
    "fl.rows.preamble": "{n} Zellen über der Kopfzeile (vor Zeile {header_row}: Titel, Stand, Hinweise) "
                        "werden mit der Liste gespeichert, nicht als Vorhaben gelesen.",
    "fl.rows.totals": "Summenzeile: nicht als Vorhaben gelesen.",
    "fl.row.no_operation": "Zeile ohne Begünstigten und ohne Bezeichnung: kein Vorhaben.",
    "fl.row.duplicate_key": "Antragsnummer {op} kommt mehrfach vor; die Vorhaben werden "
                            "als {op}#2, #3 … unterschieden.",
    "fl.number.de": "Spalte {letter}: deutsches Zahlenformat erkannt ({example}).",
    "fl.number.en": "Spalte {letter}: englisches Zahlenformat erkannt ({example}).",
    "fl.number.forced_de": "Spalte {letter}: deutsches Zahlenformat wie gewählt.",
    "fl.number.forced_en": "Spalte {letter}: englisches Zahlenformat wie gewählt.",
    "fl.number.ambiguous": "Spalte {letter} ({label}): das Zahlenformat ist nicht eindeutig – "
                           "„{example}“ kann deutsch oder englisch gemeint sein, und kein Wert der "
                           "Spalte entscheidet es.",
    "fl.number.conflict": "Spalte {letter} ({label}): deutsche und englische Zahlen gemischt "
                          "(z. B. „{example}“).",
    "fl.number.choose": "Bitte das Zahlenformat der Spalte {letter} wählen (Seite: Auswahl "
                        "„Zahlenformat“; Kommandozeile: --zahlenformat {letter}=de oder "
                        "{letter}=en).",
    "fl.rate.percent": "Spalte {letter}: Kofinanzierungssatz in Prozent (80 = 80 %).",
    "fl.rate.share": "Spalte {letter}: Kofinanzierungssatz als Anteil (0,8 = 80 %).",
    "fl.postcode.restored": "Spalte {letter}: bei {n} Postleitzahlen die führende Null ergänzt "
                            "(7743 → 07743).",
    "fl.cell.not_number": "„{cell}“ ist keine Zahl ({label}).",
    "fl.cell.rate_range": "Kofinanzierungssatz „{cell}“ liegt nicht zwischen 0 und 100 %.",
    "fl.cell.not_postcode": "„{cell}“ ist keine Postleitzahl; der Ort wird ohne sie bestimmt.",
    "fl.cell.excel_error": "Fehlerwert einer Formel.",
    "fl.place.ambiguous": "Ort „{value}“ liegt nicht eindeutig in einem Kreis: {candidates}.",
    "fl.place.conflict": "Postleitzahl und Kreisangabe widersprechen sich ({value}); die "
                         "Kreisangabe gilt.",
    "fl.place.none": "Ort „{value}“ nicht gefunden.",
    "fl.stand.differs": "In der Datei steht „Stand {file}“, angegeben wurde {given}.",
    "fl.stand.older": "Stand {stand} ist älter als der Stand der gültigen Liste ({current}): "
                      "sie bleibt gültig; diese Liste wird nur archiviert.",
    "fl.same_file": "Diese Datei wurde bereits als Liste Nr. {batch} importiert.",
    "fl.commit.errors": "Die Liste enthält {n} Fehler; es wurde nichts übernommen.",
    "fl.commit.nothing": "Die Liste enthält keine Änderung gegenüber der gespeicherten Liste; "
                         "es wurde nichts übernommen.",
    "fl.bad.fund": "Unbekannter Fonds „{value}“. Möglich: {options}.",
    "fl.bad.land": "Unbekanntes Land „{value}“. Möglich: {options}.",
    "fl.undo.unknown": "Eine Förderliste Nr. {batch} gibt es nicht.",
    "fl.undo.already": "Förderliste Nr. {batch} wurde bereits rückgängig gemacht.",
    "fl.undo.done": "Förderliste Nr. {batch} wurde rückgängig gemacht.",
}
EN: dict = {}
DE.update({
    "fl.decide.unknown": "Unbekannte Entscheidung „{value}“. Möglich: {options}.",
    "fl.decide.no_actor": "Eine Entscheidung braucht eine Person, die sie trifft.",
    "fl.decide.no_operation": "Vorhaben {op} steht nicht in der gültigen Liste {fund} {land}.",
    "fl.decide.no_project": "Projekt {project} gibt es im Monitor nicht.",
})
DE.update({
    "fl.adopt.remark": "Übernommen aus der Förderliste {fund} {land} (Stand {stand}), Vorhaben {op}.",
})
DE.update({
    "fl.count.operations": ("{n} Vorhaben", "{n} Vorhaben"),
    "fl.view.headline": "Von {total} der Förderlisten liegen {in_revier} in den Revieren; "
                        "{matched} davon sind im Monitor erfasst",
    "fl.view.missing": ("{n} gefördertes Vorhaben in den Revieren fehlt im Monitor.",
                        "{n} geförderte Vorhaben in den Revieren fehlen im Monitor."),
    "fl.view.differences": (("Bei {n} von {of} erfassten Vorhaben weichen Kosten, Laufzeit "
                             "oder Prüfstufe ab."),) * 2,
    "fl.view.not_listed": ("{n} im Monitor bewilligtes JTF-Projekt steht in keiner Förderliste.",
                           "{n} im Monitor bewilligte JTF-Projekte stehen in keiner Förderliste."),
    "fl.view.explanation": "Gezählt: Vorhaben der gültigen Förderlisten (je Fonds und Land die "
                           "neueste), verortet über Postleitzahl, Ort und Kreis; im Monitor "
                           "bewilligt = Prüfstufe ab „Bewilligt“, Programm JTF, Land einer Liste. "
                           "Von den Filtern gilt hier nur das Revier.",
    "fl.view.empty": "Noch keine Förderliste importiert.",
    "fl.view.outside": "außerhalb der Reviere",
    "fl.col.revier": "Revier",
    "fl.col.in_revier": "in einem Revier",
    "fl.col.operations": "Vorhaben der Listen",
    "fl.col.matched": "im Monitor erfasst",
    "fl.col.missing": "nicht im Monitor",
    "fl.col.not_listed": "bewilligt, nicht in der Liste",
    "fl.col.differences": "erfasst mit Abweichungen",
})
DE.update({
    # -- page --------------------------------------------------------------------------------
    "nav.foerderlisten": "Förderlisten-Abgleich",
    "fl.title": "Förderlisten-Abgleich",
    "fl.section.choose": "Gruppe",
    "fl.import.not_allowed": "Förderlisten gelten für ein ganzes Land: importieren und "
                             "zurücknehmen kann sie die Administration.",
    "fl.caption": "Die veröffentlichten Listen der EU-geförderten Vorhaben (JTF, EFRE) neben dem "
                  "Monitor: was gefördert ist und fehlt, was als bewilligt geführt wird und in "
                  "keiner Liste steht, wo Beträge abweichen.",
    "fl.tab.abgleich": "Abgleich",
    "fl.tab.import": "Liste importieren",
    "fl.tab.lists": "Listen",
    "fl.personal_note": "Namen natürlicher Personen (Einzelunternehmen) werden hier nicht "
                        "angezeigt.",
    "fl.section.matched": "Im Monitor erfasst",
    "fl.section.missing": "Gefördert, aber nicht im Monitor (in den Revieren)",
    "fl.section.not_listed": "Im Monitor bewilligt, aber in keiner Liste",
    "fl.none": "Keine.",
    "fl.t.fund": "Fonds", "fl.t.land": "Land", "fl.t.op": "Vorhaben (Antragsnummer)",
    "fl.t.beneficiary": "Begünstigter", "fl.t.title": "Bezeichnung", "fl.t.cost": "Gesamtkosten Liste (€)",
    "fl.t.project": "Projekt", "fl.t.p_title": "Titel im Monitor", "fl.t.p_cost": "Gesamtkosten Monitor (€)",
    "fl.t.diff": "Differenz (€)", "fl.t.stage": "Prüfstufe im Monitor", "fl.t.score": "Übereinstimmung",
    "fl.t.confirmed": "bestätigt", "fl.t.amount": "Betrag weicht ab", "fl.t.dates": "Laufzeit weicht ab",
    "fl.t.not_granted": "noch nicht bewilligt", "fl.t.district": "Kreis", "fl.t.revier": "Revier",
    "fl.t.sponsor": "Träger", "fl.t.granted": "Bewilligt (€)", "fl.t.programme": "Programm",
    "fl.decide.pick": "Zuordnung prüfen",
    "fl.decide.confirm": "Zuordnung bestätigen",
    "fl.decide.reject": "Zuordnung ablehnen",
    "fl.decide.done": "Entscheidung gespeichert ({decision}, {actor}).",
    "fl.decision.bestaetigt": "Zuordnung bestätigt", "fl.decision.abgelehnt": "Zuordnung abgelehnt",
    "fl.decision.offen": "wieder offen",
    "fl.adopt.title": "In den Monitor übernehmen",
    "fl.adopt.caption": "Vorschlag von Mission und Schwerpunkt aus Stichwörtern "
                        "(data/reference/foerderlisten_stichwoerter.csv); nichts wird geschrieben, "
                        "bevor die Netzwerkmanagerin oder der Netzwerkmanager bestätigt.",
    "fl.adopt.pick": "Vorhaben auswählen (höchstens {n})",
    "fl.adopt.mission": "Zukunftsmission für {op}",
    "fl.adopt.focus": "Entwicklungsschwerpunkt für {op}",
    "fl.adopt.keywords": "Vorschlag aus: {words}",
    "fl.adopt.no_keywords": "Kein Stichwort gefunden – bitte wählen.",
    "fl.adopt.none": "– keine –",
    "fl.adopt.confirm": "Ich bin für das Fachnetzwerk zuständig und bestätige Mission und Schwerpunkt.",
    "fl.adopt.button": "In den Monitor übernehmen",
    "fl.adopt.done": "{n} Vorhaben als Projekte übernommen (Import Nr. {batch}; rückgängig auf der Seite Import).",
    "fl.adopt.failed": "Nicht übernommen: {message}",
    "fl.import.fund": "Fonds", "fl.import.land": "Land", "fl.import.stand": "Stand der Liste",
    "fl.import.upload": "Liste der Vorhaben hochladen (xlsx, xls, ods, csv)",
    "fl.import.format": "Zahlenformat Spalte {letter}",
    "fl.import.format_de": "deutsch (1.234,56)", "fl.import.format_en": "englisch (1,234.56)",
    "fl.import.rejected": "Die Datei kann nicht gelesen werden: {message}",
    "fl.import.tile.operations": "Vorhaben", "fl.import.tile.rejected": "abgelehnt",
    "fl.import.tile.new": "neu", "fl.import.tile.changed": "geändert",
    "fl.import.tile.unchanged": "unverändert", "fl.import.tile.gone": "nicht mehr gelistet",
    "fl.import.tile.in_revier": "in den Revieren", "fl.import.tile.unlocated": "ohne Ort",
    "fl.import.issues": "Hinweise und Fehler",
    "fl.import.changed": "Geänderte Vorhaben",
    "fl.import.gone": "Nicht mehr in der Liste",
    "fl.import.partial": "Nur die Vorhaben ohne Fehler übernehmen",
    "fl.import.commit": "Liste übernehmen",
    "fl.import.committed": "Liste übernommen als Nr. {batch}: {n} Vorhaben.",
    "fl.import.col.kind": "Art", "fl.import.col.row": "Zeile", "fl.import.col.column": "Spalte",
    "fl.import.col.value": "Wert", "fl.import.col.message": "Meldung", "fl.import.col.suggestion": "Vorschlag",
    "fl.import.col.fields": "geänderte Felder",
    "fl.error": "Fehler", "fl.warning": "Hinweis",
    "fl.lists.empty": "Noch keine Förderliste.",
    "fl.lists.undo_pick": "Liste rückgängig machen",
    "fl.lists.undo_confirm": "Liste Nr. {n} wirklich rückgängig machen?",
    "fl.lists.undo_button": "Rückgängig machen",
    "fl.lists.in_force": "gilt", "fl.lists.undone": "rückgängig gemacht", "fl.lists.replaced": "ersetzt",
    "fl.lists.col.batch": "Nr.", "fl.lists.col.when": "importiert", "fl.lists.col.actor": "von",
    "fl.lists.col.file": "Datei", "fl.lists.col.state": "Zustand", "fl.lists.col.stand": "Stand",
    "fl.attribution": "Verortung: © GeoBasis-DE / BKG 2021 (Daten verändert), Datenlizenz "
                      "Deutschland – Namensnennung – 2.0; Postleitzahlen: GeoNames (geonames.org), "
                      "CC BY 4.0.",
})
