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
    "fl.rows.column_numbers": "Spaltennummern unter der Kopfzeile: nicht als Vorhaben gelesen.",
    "fl.rows.note": "Fußnote oder Hinweis unter der Liste: nicht als Vorhaben gelesen.",
    "fl.row.no_operation": "Zeile ohne Begünstigten und ohne Bezeichnung: kein Vorhaben.",
    "fl.row.duplicate_key": "Antragsnummer {op} kommt mehrfach vor; die Vorhaben werden "
                            "als {op}#2, #3 … unterschieden.",
    "fl.number.de": "Spalte {letter}: deutsches Zahlenformat erkannt ({example}).",
    "fl.number.scaled": "Spalte {letter}: Beträge laut Überschrift in {unit}; als Euro gespeichert "
                        "(mal {factor}).",
    "fl.unit.thousand": "Tausend Euro", "fl.unit.million": "Millionen Euro",
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
EN: dict = {
    # -- reader ---------------------------------------------------------------------------
    "fl.file.no_header": "No header row of a list of operations found (expected e.g. "
                         "{fields}).",
    "fl.column.duplicate": "Column “{name}” occurs twice (first in column {first}); "
                           "its values are stored as additional details.",
    "fl.column.no_header": "Column {letter} has no heading but {n} values; they are stored "
                           "as additional details.",
    "fl.column.extra": "Column “{name}” is not a known column; its {n} values are stored as "
                       "additional details.",
    "fl.rows.preamble": "{n} cells above the header row (before row {header_row}: title, as of, "
                        "notes) are stored with the list, not read as operations.",
    "fl.rows.totals": "Totals row: not read as an operation.",
    "fl.rows.column_numbers": "Column numbers under the header: not read as an operation.",
    "fl.rows.note": "Footnote or remark under the list: not read as an operation.",
    "fl.row.no_operation": "Row without beneficiary and without name: not an operation.",
    "fl.row.duplicate_key": "Application number {op} occurs more than once; the operations are "
                            "told apart as {op}#2, #3 …",
    "fl.number.de": "Column {letter}: German number format detected ({example}).",
    "fl.number.scaled": "Column {letter}: amounts in {unit} according to the header; stored as "
                        "euros (times {factor}).",
    "fl.unit.thousand": "thousand euros", "fl.unit.million": "million euros",
    "fl.number.en": "Column {letter}: English number format detected ({example}).",
    "fl.number.forced_de": "Column {letter}: German number format, as chosen.",
    "fl.number.forced_en": "Column {letter}: English number format, as chosen.",
    "fl.number.ambiguous": "Column {letter} ({label}): the number format is ambiguous – "
                           "“{example}” can be meant as German or English, and no value of the "
                           "column decides it.",
    "fl.number.conflict": "Column {letter} ({label}): German and English numbers mixed "
                          "(e.g. “{example}”).",
    "fl.number.choose": "Please choose the number format of column {letter} (page: selection "
                        "“Number format”; command line: --zahlenformat {letter}=de or "
                        "{letter}=en).",
    "fl.rate.percent": "Column {letter}: co-financing rate in per cent (80 = 80 %).",
    "fl.rate.share": "Column {letter}: co-financing rate as a fraction (0.8 = 80 %).",
    "fl.postcode.restored": "Column {letter}: leading zero added to {n} postcodes "
                            "(7743 → 07743).",
    "fl.cell.not_number": "“{cell}” is not a number ({label}).",
    "fl.cell.rate_range": "Co-financing rate “{cell}” is not between 0 and 100 %.",
    "fl.cell.not_postcode": "“{cell}” is not a postcode; the place is determined without it.",
    "fl.cell.excel_error": "Error value of a formula.",
    "fl.place.ambiguous": "Place “{value}” does not lie in a single district: {candidates}.",
    "fl.place.conflict": "Postcode and district contradict each other ({value}); the "
                         "district applies.",
    "fl.place.none": "Place “{value}” not found.",
    "fl.stand.differs": "The file says “Stand {file}” (as of), but {given} was given.",
    "fl.stand.older": "As of {stand} is older than the list in force (as of {current}): "
                      "that list stays in force; this list is only archived.",
    "fl.same_file": "This file has already been imported as list no. {batch}.",
    "fl.commit.errors": "The list contains {n} errors; nothing was taken over.",
    "fl.commit.nothing": "The list contains no change from the stored list; nothing was "
                         "taken over.",
    "fl.bad.fund": "Unknown fund “{value}”. Possible: {options}.",
    "fl.bad.land": "Unknown Land “{value}”. Possible: {options}.",
    "fl.undo.unknown": "There is no funding list no. {batch}.",
    "fl.undo.already": "Funding list no. {batch} has already been undone.",
    "fl.undo.done": "Funding list no. {batch} has been undone.",
}
DE.update({
    "fl.decide.unknown": "Unbekannte Entscheidung „{value}“. Möglich: {options}.",
    "fl.decide.no_actor": "Eine Entscheidung braucht eine Person, die sie trifft.",
    "fl.decide.no_operation": "Vorhaben {op} steht nicht in der gültigen Liste {fund} {land}.",
    "fl.decide.no_project": "Projekt {project} gibt es im Monitor nicht.",
})
EN.update({
    "fl.decide.unknown": "Unknown decision “{value}”. Possible: {options}.",
    "fl.decide.no_actor": "A decision needs a person who makes it.",
    "fl.decide.no_operation": "Operation {op} is not on the list in force {fund} {land}.",
    "fl.decide.no_project": "Project {project} does not exist in the Monitor.",
})

DE.update({
    "fl.adopt.remark": "Übernommen aus der Förderliste {fund} {land} (Stand {stand}), Vorhaben {op}.",
})
EN.update({
    "fl.adopt.remark": "Taken over from the funding list {fund} {land} (as of {stand}), "
                       "operation {op}.",
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
    "fl.col.outside": "außerhalb der Reviere, nicht abgeglichen",
    "fl.col.differences": "erfasst mit Abweichungen",
})
EN.update({
    "fl.count.operations": ("{n} operation", "{n} operations"),
    "fl.view.headline": "Of {total} on the funding lists, {in_revier} lie in the Reviere; "
                        "{matched} of them are recorded in the Monitor",
    "fl.view.missing": ("{n} funded operation in the Reviere is missing from the Monitor.",
                        "{n} funded operations in the Reviere are missing from the Monitor."),
    "fl.view.differences": (("For {n} of {of} recorded operations, cost, duration or review "
                             "stage differ."),) * 2,
    "fl.view.not_listed": ("{n} JTF project granted in the Monitor is on no funding list.",
                           "{n} JTF projects granted in the Monitor are on no funding list."),
    "fl.view.explanation": "Counted: operations on the funding lists in force (the newest per "
                           "fund and Land), located by postcode, place and district; granted in "
                           "the Monitor = review stage “Bewilligt” (granted) or later, programme "
                           "JTF, Land of a list. Of the filters, only the Revier applies here.",
    "fl.view.empty": "No funding list imported yet.",
    "fl.view.outside": "outside the Reviere",
    "fl.col.revier": "Revier",
    "fl.col.in_revier": "in a Revier",
    "fl.col.operations": "Operations on the lists",
    "fl.col.matched": "recorded in the Monitor",
    "fl.col.missing": "not in the Monitor",
    "fl.col.not_listed": "granted, not on the list",
    "fl.col.outside": "outside the Reviere, not compared",
    "fl.col.differences": "recorded with differences",
})

DE.update({
    # -- page --------------------------------------------------------------------------------
    "nav.foerderlisten": "Förderlisten-Abgleich",
    "fl.title": "Förderlisten-Abgleich",
    # -- selection of "gefördert, nicht im Monitor" -------------------------------------------
    "fl.sel.ops": "{total} Vorhaben, davon {shown} {criteria} gezeigt{hidden}.",
    "fl.sel.groups": "{total} Vorhaben von {groups} Begünstigten, davon {shown_groups} Begünstigte "
                     "{criteria} gezeigt ({shown} Vorhaben){hidden}.",
    "fl.sel.all": "{total} Vorhaben, alle gezeigt.",
    "fl.sel.hidden": " – {n} ausgeblendet",
    "fl.sel.hidden_ops": " – {n} Vorhaben ausgeblendet",
    "fl.sel.hidden_no_amount": " – {n} ausgeblendet, davon {m} ohne Gesamtkosten",
    "fl.sel.c.funds": "aus {funds}", "fl.sel.c.periods": "der Förderperiode {periods}",
    "fl.sel.c.amount": "ab {amount}", "fl.sel.c.amount_group": "mit zusammen mindestens {amount}",
    "fl.sel.period_unknown": "unbekannt",
    "fl.sel.bad_period": "Förderperiode {value} gibt es nicht (möglich: {options}).",
    "fl.sel.bad_amount": "Mindestbetrag {value}: erwartet wird ein Betrag ab 0.",
    "fl.sel.bad_sort": "Sortierung {value} gibt es nicht (möglich: {options}).",
    "fl.sel.funds": "Fonds", "fl.sel.periods": "Förderperiode", "fl.sel.min": "Gesamtkosten ab",
    "fl.sel.group": "Nach Begünstigten zusammenfassen", "fl.sel.sort": "Sortierung",
    "fl.sel.sort.amount": "Gesamtkosten, größte zuerst", "fl.sel.sort.list": "Reihenfolge der Liste",
    "fl.sel.help": "Förderperiode: wie der Titel der Liste sie nennt, beim JTF 2021–27, sonst nach "
                   "dem Beginn der meisten Vorhaben (vor 2021: 2014–20).",
    "fl.t.period": "Förderperiode", "fl.t.operations": "Vorhaben", "fl.t.sum": "Gesamtkosten zusammen (€)",
    "fl.t.largest": "Größtes Vorhaben (€)", "fl.t.lands": "Länder", "fl.t.funds": "Fonds",
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
EN.update({
    # -- page --------------------------------------------------------------------------------
    "nav.foerderlisten": "Funding lists reconciliation",
    "fl.title": "Funding lists reconciliation",
    "fl.import.not_allowed": "Funding lists apply to a whole Land: only the administrators "
                             "can import and withdraw them.",
    "fl.caption": "The published lists of EU-funded operations (JTF: Just Transition Fund, "
                  "EFRE: European Regional Development Fund) beside the Monitor: what is funded "
                  "but missing, what is recorded as granted but is on no list, where amounts "
                  "differ.",
    "fl.tab.abgleich": "Reconciliation",
    "fl.tab.import": "Import list",
    "fl.tab.lists": "Lists",
    "fl.personal_note": "Names of natural persons (sole traders) are not shown here.",
    # -- selection of "funded, not in the Monitor" --------------------------------------------
    "fl.sel.ops": "{total} operations, {shown} of them {criteria} shown{hidden}.",
    "fl.sel.groups": "{total} operations of {groups} beneficiaries, {shown_groups} beneficiaries "
                     "{criteria} shown ({shown} operations){hidden}.",
    "fl.sel.all": "{total} operations, all shown.",
    "fl.sel.hidden": " – {n} hidden",
    "fl.sel.hidden_ops": " – {n} operations hidden",
    "fl.sel.hidden_no_amount": " – {n} hidden, {m} of them without total cost",
    "fl.sel.c.funds": "from {funds}", "fl.sel.c.periods": "of the {periods} period",
    "fl.sel.c.amount": "from {amount}", "fl.sel.c.amount_group": "with a total of at least {amount}",
    "fl.sel.period_unknown": "unknown",
    "fl.sel.bad_period": "There is no funding period {value} (possible: {options}).",
    "fl.sel.bad_amount": "Minimum amount {value}: an amount of 0 or more is expected.",
    "fl.sel.bad_sort": "There is no order {value} (possible: {options}).",
    "fl.sel.funds": "Fund", "fl.sel.periods": "Funding period", "fl.sel.min": "Total cost from",
    "fl.sel.group": "Sum up per beneficiary", "fl.sel.sort": "Order",
    "fl.sel.sort.amount": "Total cost, largest first", "fl.sel.sort.list": "Order of the list",
    "fl.sel.help": "Funding period: as the list's title names it, 2021–27 for the JTF, otherwise "
                   "by the start of most operations (before 2021: 2014–20).",
    "fl.t.period": "Funding period", "fl.t.operations": "Operations", "fl.t.sum": "Total cost together (€)",
    "fl.t.largest": "Largest operation (€)", "fl.t.lands": "Länder", "fl.t.funds": "Funds",
    "fl.section.choose": "Group",
    "fl.section.matched": "Recorded in the Monitor",
    "fl.section.missing": "Funded but not in the Monitor (in the Reviere)",
    "fl.section.not_listed": "Granted in the Monitor but on no list",
    "fl.none": "None.",
    "fl.t.fund": "Fund", "fl.t.land": "Land", "fl.t.op": "Operation (application number)",
    "fl.t.beneficiary": "Beneficiary", "fl.t.title": "Name", "fl.t.cost": "Total cost on list (€)",
    "fl.t.project": "Project", "fl.t.p_title": "Title in the Monitor",
    "fl.t.p_cost": "Total cost in the Monitor (€)",
    "fl.t.diff": "Difference (€)", "fl.t.stage": "Review stage in the Monitor", "fl.t.score": "Match",
    "fl.t.confirmed": "confirmed", "fl.t.amount": "amount differs", "fl.t.dates": "duration differs",
    "fl.t.not_granted": "not granted yet", "fl.t.district": "District", "fl.t.revier": "Revier",
    "fl.t.sponsor": "Sponsor", "fl.t.granted": "Granted (€)", "fl.t.programme": "Programme",
    "fl.decide.pick": "Check match",
    "fl.decide.confirm": "Confirm match",
    "fl.decide.reject": "Reject match",
    "fl.decide.done": "Decision saved ({decision}, {actor}).",
    "fl.decision.bestaetigt": "match confirmed", "fl.decision.abgelehnt": "match rejected",
    "fl.decision.offen": "open again",
    "fl.adopt.title": "Take over into the Monitor",
    "fl.adopt.caption": "Mission and focus area suggested from keywords "
                        "(data/reference/foerderlisten_stichwoerter.csv); nothing is written "
                        "before the network manager confirms.",
    "fl.adopt.pick": "Choose operations (at most {n})",
    "fl.adopt.mission": "Mission for {op}",
    "fl.adopt.focus": "Focus area for {op}",
    "fl.adopt.keywords": "Suggested from: {words}",
    "fl.adopt.no_keywords": "No keyword found – please choose.",
    "fl.adopt.none": "– none –",
    "fl.adopt.confirm": "I am responsible for the Fachnetzwerk and confirm mission and focus area.",
    "fl.adopt.button": "Take over into the Monitor",
    "fl.adopt.done": "{n} operations taken over as projects (import no. {batch}; undo on the "
                     "Import page).",
    "fl.adopt.failed": "Not taken over: {message}",
    "fl.import.fund": "Fund", "fl.import.land": "Land", "fl.import.stand": "List as of",
    "fl.import.upload": "Upload a list of operations (xlsx, xls, ods, csv)",
    "fl.import.format": "Number format of column {letter}",
    "fl.import.format_de": "German (1.234,56)", "fl.import.format_en": "English (1,234.56)",
    "fl.import.rejected": "The file cannot be read: {message}",
    "fl.import.tile.operations": "Operations", "fl.import.tile.rejected": "rejected",
    "fl.import.tile.new": "new", "fl.import.tile.changed": "changed",
    "fl.import.tile.unchanged": "unchanged", "fl.import.tile.gone": "no longer listed",
    "fl.import.tile.in_revier": "in the Reviere", "fl.import.tile.unlocated": "without place",
    "fl.import.issues": "Notes and errors",
    "fl.import.changed": "Changed operations",
    "fl.import.gone": "No longer on the list",
    "fl.import.partial": "Take over only the operations without errors",
    "fl.import.commit": "Take over list",
    "fl.import.committed": "List taken over as no. {batch}: {n} operations.",
    "fl.import.col.kind": "Kind", "fl.import.col.row": "Row", "fl.import.col.column": "Column",
    "fl.import.col.value": "Value", "fl.import.col.message": "Message",
    "fl.import.col.suggestion": "Suggestion",
    "fl.import.col.fields": "changed fields",
    "fl.error": "Error", "fl.warning": "Note",
    "fl.lists.empty": "No funding list yet.",
    "fl.lists.undo_pick": "Undo a list",
    "fl.lists.undo_confirm": "Really undo list no. {n}?",
    "fl.lists.undo_button": "Undo",
    "fl.lists.in_force": "in force", "fl.lists.undone": "undone", "fl.lists.replaced": "replaced",
    "fl.lists.col.batch": "No.", "fl.lists.col.when": "imported", "fl.lists.col.actor": "by",
    "fl.lists.col.file": "File", "fl.lists.col.state": "State", "fl.lists.col.stand": "As of",
    "fl.attribution": "Location: © GeoBasis-DE / BKG 2021 (data modified), Data licence "
                      "Germany – attribution – 2.0; postcodes: GeoNames (geonames.org), "
                      "CC BY 4.0.",
})
