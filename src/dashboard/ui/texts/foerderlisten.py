"""Texts of the official lists of operations (Förderlisten): reader messages, the page, the
reconciliation sentences, the CLI."""

DE = {
    # -- reader ---------------------------------------------------------------------------
    "fl.file.no_header": "Keine Kopfzeile einer Liste der Vorhaben gefunden (erwartet z. B. "
                         "{fields}).",
    "fl.column.duplicate": "Spalte „{header}“ kommt doppelt vor (zuerst in Spalte {first}); "
                           "ihre Werte werden als Zusatzangaben gespeichert.",
    "fl.column.no_header": "Spalte {letter} hat keine Überschrift, aber {n} Werte; sie werden "
                           "als Zusatzangaben gespeichert.",
    "fl.column.extra": "Spalte „{header}“ ist keine bekannte Spalte; ihre {n} Werte werden als "
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
                           "„{value}“ kann deutsch oder englisch gemeint sein, und kein Wert der "
                           "Spalte entscheidet es.",
    "fl.number.conflict": "Spalte {letter} ({label}): deutsche und englische Zahlen gemischt "
                          "(z. B. „{value}“).",
    "fl.number.choose": "Bitte das Zahlenformat der Spalte {letter} wählen (Seite: Auswahl "
                        "„Zahlenformat“; Kommandozeile: --zahlenformat {letter}=de oder "
                        "{letter}=en).",
    "fl.rate.percent": "Spalte {letter}: Kofinanzierungssatz in Prozent (80 = 80 %).",
    "fl.rate.share": "Spalte {letter}: Kofinanzierungssatz als Anteil (0,8 = 80 %).",
    "fl.postcode.restored": "Spalte {letter}: bei {n} Postleitzahlen die führende Null ergänzt "
                            "(7743 → 07743).",
    "fl.cell.not_number": "„{value}“ ist keine Zahl ({label}).",
    "fl.cell.rate_range": "Kofinanzierungssatz „{value}“ liegt nicht zwischen 0 und 100 %.",
    "fl.cell.not_postcode": "„{value}“ ist keine Postleitzahl; der Ort wird ohne sie bestimmt.",
    "fl.cell.excel_error": "Fehlerwert einer Formel.",
    "fl.place.ambiguous": "Ort „{value}“ liegt nicht eindeutig in einem Kreis: {candidates}.",
    "fl.place.conflict": "Postleitzahl und Kreisangabe widersprechen sich ({value}); die "
                         "Kreisangabe gilt.",
    "fl.place.none": "Ort „{value}“ nicht gefunden.",
    "fl.stand.differs": "In der Datei steht „Stand {file}“, angegeben wurde {given}.",
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
    "fl.view.differences": ("Bei {n} von {of} erfassten Vorhaben weichen Kosten, Laufzeit oder "
                            "Prüfstufe ab.",
                            "Bei {n} von {of} erfassten Vorhaben weichen Kosten, Laufzeit oder "
                            "Prüfstufe ab."),
    "fl.view.not_listed": ("{n} im Monitor bewilligtes JTF-Projekt steht in keiner Förderliste.",
                           "{n} im Monitor bewilligte JTF-Projekte stehen in keiner Förderliste."),
    "fl.view.explanation": "Gezählt: Vorhaben der gültigen Förderlisten (je Fonds und Land die "
                           "neueste), verortet über Postleitzahl, Ort und Kreis; im Monitor "
                           "bewilligt = Prüfstufe ab „Bewilligt“, Programm JTF, Land einer Liste.",
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
