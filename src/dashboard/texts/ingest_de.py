"""The German sentences of the import (the data contract's language; texts/ingest_en.py
holds the same keys in English). Every key the pipeline uses exists here
(tests/unit/ingest_issue11/test_shape.py) and in English with the same {placeholders}
(tests/unit/ingest_english/test_message_languages.py)."""

from __future__ import annotations

DE: dict[str, str] = {
    # -- the file (step bytes -> Grid) ---------------------------------------------------------
    "file.empty": "Die Datei {file} ist leer.",
    "file.too_big": "Die Datei {file} ist mit {size} MB zu groß; höchstens {limit} MB werden angenommen. "
                    "Bitte in kleinere Listen aufteilen, z. B. je Revier oder Fachnetzwerk.",
    "file.not_excel": "Die Datei {file} ist keine Excel- oder CSV-Datei; ihr Inhalt passt nicht zur "
                      "Dateiendung. Bitte die Originaldatei hochladen.",
    "file.binary_csv": "Die Datei {file} ist keine lesbare CSV-Datei.",
    "file.protected": "Die Datei {file} ist mit einem Kennwort geschützt. Bitte den Kennwortschutz in "
                      "Excel entfernen (Datei › Informationen › Arbeitsmappe schützen) und erneut "
                      "hochladen.",
    "file.corrupt": "Die Datei {file} ist beschädigt oder unvollständig und kann nicht gelesen "
                    "werden. Bitte die Datei in Excel öffnen, neu speichern und erneut hochladen.",
    "file.zip_not_book": "Die Datei {file} ist keine Excel-Arbeitsmappe (ein ZIP-Archiv ohne "
                         "Tabellenblätter).",
    "file.dtd": "Die Datei {file} enthält unzulässige XML-Definitionen (DOCTYPE/ENTITY) und wird "
                "aus Sicherheitsgründen nicht gelesen.",
    "file.bomb": "Die Datei {file} wird nicht gelesen: entpackt wäre sie unverhältnismäßig groß "
                 "(höchstens {limit} MB und {entries} Teile sind erlaubt).",
    "file.encoding": "Die Zeichenkodierung der Datei {file} wurde nicht erkannt; bitte als „CSV UTF-8“ "
                     "speichern.",
    "file.csv_broken": "Die CSV-Datei {file} ist fehlerhaft aufgebaut und kann nicht gelesen werden.",
    "file.no_data": "Die Datei {file} enthält keine Daten.",
    "file.all_empty": "Die Datei {file} enthält keine Daten (alle Blätter sind leer).",
    "file.too_many_rows": "Die Datei {file} hat mehr als {limit} Datenzeilen; bitte in kleinere "
                          "Listen aufteilen.",
    # -- sheet, header, columns (Grid -> Located) ---------------------------------------------
    "sheet.unknown": "Das Blatt „{sheet}“ gibt es in der Datei {file} nicht. Vorhanden: {names}.",
    "sheet.no_header": "In der Datei {file} wurde keine Kopfzeile mit bekannten Spalten gefunden "
                       "(z. B. Projekttitel, Revier, Entwicklungsschwerpunkt). Bitte die Vorlage "
                       "verwenden.",
    "sheet.hidden": "Das ausgeblendete Blatt „{sheet}“ wurde nicht gelesen.",
    "sheet.other_list": "Das Blatt „{sheet}“ enthält ebenfalls eine Projektliste und wurde nicht "
                        "gelesen. Gelesen wurde nur „{chosen}“.",
    "sheet.other_list_hint": "Zum Lesen das Blatt auswählen (Kommandozeile: --sheet „{sheet}“).",
    "rows.above_header": "Über der Kopfzeile (Zeile {header}) steht Text, der nicht übernommen "
                         "wird: {cells}.",
    "column.unknown": "Die Spalte „{header}“ ist unbekannt und wird nicht übernommen.",
    "column.unknown_values": "Die Spalte „{header}“ ist unbekannt; {values} nicht gespeichert.",
    "column.unknown_looks": "Die Spalte „{header}“ sieht nach {kind} aus, wird aber nicht erkannt: "
                            "{values} nicht gespeichert.",
    "column.unknown_looks_hint": "Spalte umbenennen wie in der Vorlage, z. B. „{examples}“.",
    "column.no_header": "Spalte {letter} hat keine Überschrift; {values} nicht gespeichert.",
    "column.no_header_hint": "Eine Überschrift wie in der Vorlage eintragen oder die Werte löschen.",
    "column.duplicate": "Die Spalte „{header}“ kommt doppelt vor (schon in Spalte {first}) und wurde "
                        "nicht gelesen.",
    "column.duplicate_values": "Die Spalte „{header}“ kommt doppelt vor (schon in Spalte {first}); "
                               "{values} nicht gespeichert.",
    "column.scaled": "Die Beträge in „{header}“ sind in {unit} Euro angegeben und werden mit "
                     "{factor} multipliziert.",
    "column.required_missing": "Die Pflichtspalte „{header}“ fehlt.",
    "column.required_hint": "Spalte ergänzen (siehe Vorlage).",
    "kind.amount": "Beträgen",
    "kind.date": "Datumsangaben",
    # -- rows and cells (Located -> Parsed) -----------------------------------------------------
    "rows.truncated": "Nach vielen leeren Zeilen wurde das Lesen in Zeile {row} beendet; weiter unten "
                      "stehende Einträge wurden nicht gelesen.",
    "rows.totals": "Zeile {row} („{text}“) ist eine Summenzeile und wurde übersprungen.",
    "rows.footnote": "Zeile {row} („{text}“) ist eine Anmerkung unter der Tabelle und wurde "
                     "übersprungen.",
    "rows.section": "Zeile {row} („{text}“) ist eine Zwischenüberschrift, kein Projekt, und wurde "
                    "nicht als Projekt gelesen.",
    "rows.section_applied": "Zeile {row} („{text}“) ist eine Zwischenüberschrift, kein Projekt; sie "
                            "gilt für {fields} in {rows}, wo nichts angegeben war.",
    "rows.section_one": "Zeile {rows}",
    "rows.section_many": "den Zeilen {rows}",
    "rows.section_conflict": "Die Zeile steht unter der Zwischenüberschrift „{text}“ (Zeile {row}), "
                             "gibt bei {header} aber einen anderen Wert an; es gilt der Wert der "
                             "Zeile.",
    "rows.section_conflict_hint": "Prüfen, ob die Zeile unter der richtigen Überschrift steht.",
    "rows.merged": "In Spalte {letter} ({header}) sind Zellen über mehrere Zeilen verbunden "
                   "(Zeilen {ranges}); ihr Wert gilt für jede dieser Zeilen.",
    "cell.unsaved": "Formel ohne gespeicherten Wert ({formula}): was Excel hier zeigt, "
                     "steht nicht in der Datei.",
    "cell.unsaved_hint": "Bitte die Datei in Excel öffnen und speichern (dann wird der "
                          "Wert gespeichert), oder den Wert eintragen.",
    "cell.excel_error": "Die Zelle enthält den Excel-Fehler {value}; bitte die Formel prüfen.",
    "cell.not_date": "„{value}“ ist kein Datum. Erwartet wird TT.MM.JJJJ, z. B. 31.12.2025.",
    "cell.no_such_day": "„{value}“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
    "cell.number_not_date": "Die Zahl {value} ist kein Datum. Erwartet wird TT.MM.JJJJ.",
    "cell.date_range": "Das Datum {value} liegt außerhalb des plausiblen Zeitraums {low}–{high}.",
    "cell.bare_year": "„{value}“ ist nur eine Jahreszahl; es wird ein vollständiges Datum "
                      "gebraucht.",
    "cell.bare_year_hint": "Meinten Sie 01.01.{year} (Jahresbeginn) oder 31.12.{year} (Jahresende)? "
                           "Bitte das Datum eintragen.",
    "cell.not_amount": "„{value}“ ist kein Betrag.",
    "cell.not_amount_text": "„{value}“ ist kein Betrag. Erwartet wird z. B. 1.250.000,00 € oder 85 T€.",
    "cell.negative_amount": "Der Betrag {value} ist negativ; Beträge müssen 0 oder größer sein.",
    "cell.huge_amount": "Der Betrag {value} ist zu groß; höchstens {limit} können gespeichert werden.",
    "cell.huge_amount_hint": "Einheit prüfen (Euro, T€ oder Mio. €).",
    "cell.ambiguous_amount": "„{value}“ ist mehrdeutig: {small} {unit} ({small_eur}) oder {big} {unit} "
                             "({big_eur}); es wird keine der beiden Lesarten gewählt.",
    "cell.ambiguous_amount_hint": "Eindeutig eintragen: „{small}“ oder „{big}“ (oder den Betrag als "
                                  "Zahl eingeben).",
    "cell.rounded": "Der Betrag {value} hat mehr als zwei Nachkommastellen; übernommen wird der auf "
                    "volle Cent gerundete Betrag {rounded}.",
    "cell.blank_mark": "„{value}“ in Spalte {letter} ({header}) heißt „keine Angabe“ und wird als leer "
                       "gelesen: Zeile {rows}.",
    "cell.blank_marks": "„{value}“ in Spalte {letter} ({header}) heißt „keine Angabe“ und wird als "
                        "leer gelesen: {n} Zellen, Zeilen {rows}.",
    "cell.not_integer": "„{value}“ ist keine ganze Zahl.",
    "cell.negative_integer": "Die Zahl {value} ist negativ; erlaubt sind 0 oder mehr.",
    "cell.huge_integer": "Die Zahl {value} ist zu groß; höchstens {limit} können gespeichert werden.",
    "cell.not_bool": "„{value}“ ist kein Ja/Nein-Wert.",
    "cell.bool_hint": "Erlaubt sind: ja, nein, x oder leer.",
    "cell.not_marker": "„{value}“ ist kein gültiger Themenmarker.",
    "cell.marker_hint": "Erlaubt sind: 0 (nicht adressiert), 1 (signifikant), 2 (Hauptziel).",
    "cell.not_status": "„{value}“ ist kein gültiger Status.",
    "ref.unknown": "„{value}“ ist kein bekannter Wert für {label}.",
    "ref.ambiguous": "„{value}“ passt zu mehreren Werten für {label}.",
    "ref.historic": "„{value}“ ist ein früherer Kreisname; heute heißt der Kreis {today}.",
    "ref.historic_outside": "„{value}“ ist ein früherer Kreisname; der Kreis liegt heute in "
                            "{today} und gehört zu keinem Revier.",
    "ref.several": "„{value}“ nennt mehrere Werte für {label}; die Spalte nimmt nur einen.",
    "ref.use_list_column": "Hier nur die Hauptmission ({first}) eintragen, die weiteren ({rest}) in die Spalte „{column}“.",
    "decision.malformed": "„{text}“ ist keine Zuordnung; erwartet wird WERT=CODE, z. B. „Wirkstoffentwicklung=M05“.",
    "decision.unknown_code": "In „{text}“ ist „{code}“ kein bekannter Code (z. B. M05, F3, LR, IDEE).",
    "decision.alias_used": "„{value}“ in Spalte {column} wurde als {code} gelesen: gemerkte Zuordnung des Fachnetzwerks {networks} ({n} Zellen, Zeilen {rows}).",
    "decision.alias_denied": "Die Zuordnung „{value}“ → {code} kann für das Fachnetzwerk {network} nicht gemerkt werden: das dürfen nur dessen Netzwerkmanagement und die Administration.",
    "decision.alias_no_network": "Die Zuordnung „{value}“ → {code} kann nicht gemerkt werden: ihre Zeilen gehören zu keinem Fachnetzwerk (Revier und Entwicklungsschwerpunkt fehlen).",
    "ref.only_one": "Nur einen Wert eintragen: {options}.",
    "ref.did_you_mean": "Meinten Sie: {options}?",
    "ref.allowed": "Erlaubt sind: {options}.",
    "ref.allowed_cut": "Erlaubt sind: {options} … und {more} weitere.",
    "ref.place_in": "„{value}“ ist kein Kreis, sondern ein Ort in {district}.",
    "ref.outside_reviere": "„{value}“ liegt außerhalb der Reviere: {district} ({land}).",
    "ref.outside_reviere_hint": "Ein Projekt gehört zu einem Kreis der Reviere; bitte den Kreis "
                                "prüfen (oder das Projekt nicht in diese Liste aufnehmen).",
    "ref.use_today": "„{today}“ eintragen.",
    # -- rows checked (Parsed -> Checked) ------------------------------------------------------
    "id.no_column": "Die Datei hat keine Spalte „Projekt-ID“: jedes Projekt wird über Titel und "
                    "Projektträger erkannt (Schlüssel „K-…“). Ein geänderter Titel oder Träger gilt "
                    "dann als neues Projekt.",
    "id.no_column_hint": "Spalte „Projekt-ID“ ergänzen (siehe Vorlage).",
    "id.twice": "Das Projekt {pid} steht mehrfach in der Datei (Zeilen {rows}).",
    "id.twice_hint": "Doppelte Zeilen zusammenführen oder eine davon löschen.",
    "required.column": "Die Pflichtspalte „{header}“ fehlt; ohne sie kann keine Zeile übernommen "
                       "werden.",
    "required.cell": "Pflichtangabe „{header}“ fehlt.",
    "stage.default": "Für {n} neue Projekte ist keine Prüfstufe angegeben (Zeilen {rows}); sie werden "
                     "als „{stage}“ übernommen.",
    "stage.default_one": "Für 1 neues Projekt ist keine Prüfstufe angegeben (Zeile {rows}); es wird "
                         "als „{stage}“ übernommen.",
    "stage.default_hint": "Eine Prüfstufe oder das Datum der erreichten Stufe eintragen, wenn das "
                          "nicht stimmt.",
    "stage.order": "{later} ({later_date}) liegt vor {earlier} ({earlier_date}); die Prüfstufen müssen "
                   "in dieser Reihenfolge durchlaufen werden.",
    "stage.order_hint": "Datumsangaben prüfen.",
    "stage.dates_after": "Für {listed} ist ein Datum eingetragen, die Prüfstufe ist aber „{stage}“.",
    "stage.dates_after_hint": "Prüfstufe auf „{latest}“ setzen oder die späteren Daten löschen.",
    "exit.active": "„Ausgeschieden am“ ist ausgefüllt, der Status ist aber „aktiv“.",
    "exit.active_hint": "Status (zurückgestellt, abgelehnt, zurückgezogen) eintragen oder das Datum "
                        "löschen.",
    "exit.before": "Das Ausscheiden ({date}) liegt vor dem letzten Meilenstein.",
    "exit.no_date": "Das Datum des Ausscheidens fehlt; das Ausscheiden wird ohne Datum nicht in der "
                    "Prüfstufen-Historie vermerkt.",
    "exit.no_date_hint": "„Ausgeschieden am“ eintragen.",
    "similar.existing": "Das neue Projekt ähnelt {pid} zu {pct} % ({reasons}).",
    "similar.existing_hint": "Prüfen, ob es dasselbe Projekt ist: dann dessen Projekt-ID "
                             "eintragen (Seite Projekte: projekte?projekt={pid}).",
    "similar.skipped": "Die Liste hat {n} neue Projekte; bei mehr als {limit} wird beim Planen "
                       "nicht auf ähnliche gespeicherte Projekte geprüft. Die Seite Vernetzung "
                       "zeigt mögliche Überschneidungen nach dem Übernehmen.",
    "amount.granted_over_requested": "Die bewilligte Förderung ({granted}) ist höher als die "
                                     "beantragte ({requested}).",
    "amount.granted_over_total": "Die bewilligte Förderung ({granted}) ist höher als die "
                                 "Gesamtkosten ({total}).",
    "amount.requested_over_total": "Die beantragte Förderung ({requested}) ist höher als die "
                                   "Gesamtkosten ({total}).",
    "amount.hint": "Beträge prüfen oder in „Betragsabweichung begründet“ „ja“ eintragen.",
    "plausible.refuse_above": "{value} liegt über der Obergrenze von {limit} und wird nicht "
                              "übernommen. {reason}",
    "plausible.refuse_below": "{value} liegt unter der Untergrenze von {limit} und wird nicht "
                              "übernommen. {reason}",
    "plausible.warn_above": "{value} liegt über dem üblichen Höchstwert von {limit}: {reason} "
                            "Übernommen wird der Wert nur nach Bestätigung.",
    "plausible.warn_below": "{value} liegt unter dem üblichen Mindestwert von {limit}: {reason} "
                            "Übernommen wird der Wert nur nach Bestätigung.",
    "plausible.date_refuse_above": "Das Datum {value} liegt nach dem {limit} und wird nicht "
                                   "übernommen. {reason}",
    "plausible.date_refuse_below": "Das Datum {value} liegt vor dem {limit} und wird nicht "
                                   "übernommen. {reason}",
    "plausible.date_warn_above": "Das Datum {value} liegt nach dem {limit}: {reason} Übernommen wird "
                                 "es nur nach Bestätigung.",
    "plausible.date_warn_below": "Das Datum {value} liegt vor dem {limit}: {reason} Übernommen wird "
                                 "es nur nach Bestätigung.",
    "plausible.refuse_hint": "Wert prüfen (bei Beträgen auch die Einheit). Ist er richtig, kann die "
                             "Administration die Grenze ändern (Administration › Plausibilität).",
    "plausible.warn_hint": "Wert prüfen (bei Beträgen auch die Einheit). Stimmt er, „Ungewöhnliche "
                           "Werte bestätigen“ ankreuzen (Kommandozeile: --plausibel-bestaetigt).",
    "dates.end_before_start": "Das Projektende ({end}) liegt vor dem Projektbeginn ({start}).",
    "dates.end_before_start_hint": "Projektbeginn und -ende prüfen.",
    "place.district_revier": "{district} gehört nicht zum Revier „{revier}“, sondern zu "
                             "„{actual}“.",
    "place.district_revier_hint": "Revier oder Landkreis korrigieren.",
    "town.outside": "Die Gemeinde „{value}“ liegt außerhalb der Reviere: {district} ({land}).",
    "town.outside_hint": "Die Gemeinde prüfen; der Text wird wie eingetragen übernommen.",
    "town.other_district": "Die Gemeinde „{value}“ liegt nicht in {district}, sondern in "
                           "{actual}.",
    "town.other_district_hint": "Gemeinde oder Landkreis prüfen; beides wird wie eingetragen "
                                "übernommen.",
    "place.no_network": "Im Revier „{revier}“ gibt es kein Fachnetzwerk für „{focus}“.",
    "place.no_network_hint": "Entwicklungsschwerpunkt oder Revier korrigieren.",
    "mission.twice": "Die Hauptmission {mission} steht auch unter den weiteren Missionen.",
    "mission.twice_hint": "{mission} bei den weiteren Missionen streichen.",
    "model.string_too_long": "Der Text ist zu lang (höchstens {max_length} Zeichen).",
    "model.string_too_short": "Der Text darf nicht leer sein.",
    "model.greater_than_equal": "Der Wert darf nicht negativ sein.",
    "model.missing": "Pflichtangabe fehlt.",
    "model.literal_error": "Ungültiger Wert; erlaubt: {expected}.",
    "model.other": "Ungültiger Wert.",
    "row.faulty": "Zeile fehlerhaft.",
    # -- the plan (Checked -> ImportPlan) --------------------------------------------------------
    "plan.same_file": "Diese Datei wurde bereits am {when} als Import Nr. {batch} übernommen.",
    "plan.same_file_undone": "Diese Datei wurde bereits am {when} als Import Nr. {batch} übernommen "
                             "(inzwischen rückgängig gemacht).",
    "event.reached": "{stage} erreicht am {date}",
    "event.exited": "{stage} ausgeschieden ({reason}) am {date}",
    "event.basis_stand": " (Datum der Stufe nicht angegeben: Stand der Liste)",
    "event.basis_import": " (Datum der Stufe nicht angegeben: Tag des Imports)",
    "event.history": "Prüfstufen-Historie",
    # -- commit and undo ---------------------------------------------------------------------
    "commit.errors": "Die Datei enthält {n} Fehler; es wurde nichts übernommen. Fehler beheben oder "
                     "nur die gültigen Zeilen übernehmen.",
    "commit.nothing": "Die Datei enthält keine Änderung gegenüber den gespeicherten Projekten; es "
                      "wurde nichts übernommen.",
    "commit.interrupted": "Der Import wurde abgebrochen; es wurde nichts übernommen.",
    "commit.unconfirmed": "Die Datei enthält {n} ungewöhnliche Werte, die nicht bestätigt wurden; es "
                          "wurde nichts übernommen. Werte prüfen und bestätigen (Kommandozeile: "
                          "--plausibel-bestaetigt).",
    "scope.outside": "Fachnetzwerk {network} liegt außerhalb Ihrer Zuständigkeit ({scope}); die "
                     "Zeile wird nicht übernommen.",
    "scope.stored": "Das Projekt gehört zum Fachnetzwerk {network}; es liegt außerhalb Ihrer "
                    "Zuständigkeit ({scope}) und wird nicht geändert.",
    "scope.import_denied": "Keine Berechtigung: Importieren ist der Rolle {role} nicht erlaubt.",
    "undo.scope": "Import Nr. {batch} kann nicht rückgängig gemacht werden: er betrifft Projekte "
                  "des Fachnetzwerks {networks}, das außerhalb Ihrer Zuständigkeit liegt.",
    "undo.denied": "Keine Berechtigung: Rückgängigmachen ist der Rolle {role} nicht erlaubt.",
    "undo.unknown": "Einen Import Nr. {batch} gibt es nicht.",
    "undo.not_import": "Vorgang Nr. {batch} ist kein Import und kann nicht rückgängig gemacht werden.",
    "undo.already": "Import Nr. {batch} wurde bereits rückgängig gemacht (Vorgang Nr. {by}).",
    "undo.blocked": "Import Nr. {batch} kann nicht rückgängig gemacht werden: spätere Importe ({later}) "
                    "haben {n} seiner Projekte geändert. Zuerst diese rückgängig machen.",
    "undo.done": "Import Nr. {batch} wurde rückgängig gemacht (Vorgang Nr. {undo}).",
    "undo.note": "Import Nr. {batch} rückgängig gemacht",
    "archive.swept": "Archiv {folder}: {n} unvollständige Datei(en) aus abgebrochenen Importen "
                     "aufgeräumt ({names}).",
    "archive.completed": "Archiv {folder}: Datei von Import Nr. {batch} nach Abbruch vervollständigt.",
    # -- fragments the helpers below put into sentences -------------------------------------------
    "quote": "„{text}“",
    "word.or": "oder",
    "word.and": "und",
    "word.more": "… und {n} weitere",
    "word.value_one": "ihr Wert wird",
    "word.values": "ihre {n} Werte werden",
    "word.no_header": "ohne Überschrift",
    "word.none": "keines",
    "word.thousand": "Tausend",
    "word.million": "Millionen",
    "word.billion": "Milliarden",
    "unit.thousand": "T€",
    "unit.million": "Mio. €",
    "unit.billion": "Mrd. €",
    "word.batch": "Nr. {batch}",
    "cell.true": "WAHR",
    "cell.false": "FALSCH",
    "where.file": "Datei {file}",
    "where.sheet": "Blatt {sheet}",
    "where.row": "Zeile {row}",
    "where.column": "Spalte {column}",
    "where.column_named": "Spalte {letter} ({header})",
    "ref.outside": "einem Kreis außerhalb der Reviere",
    "ref.label.missions": "Zukunftsmission",
    "ref.label.focus_areas": "Entwicklungsschwerpunkt",
    "ref.label.reviere": "Revier",
    "ref.label.stages": "Prüfstufe",
    "ref.label.programmes": "Förderprogramm",
    "ref.label.sponsor_types": "Trägerart",
    "ref.label.districts": "Landkreis",
    "ref.label.invkg_areas": "Förderbereich (InvKG § 4 Abs. 1)",
    "hint.amount_examples": "Gesamtkosten (€)“, „Beantragte Förderung (€)",
    "hint.date_examples": "Projektbeginn“, „Datum Fachnetzwerk",
}
