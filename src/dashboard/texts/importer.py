"""Texts of the Import page."""

DE = {
    "nav.import": "Import",
    "importer.title": "Import",
    "importer.caption": "Projektliste hochladen, Änderungen prüfen, dann übernehmen. Nichts wird "
                        "geschrieben, bevor Sie auf „Übernehmen“ klicken; jeder Import lässt sich "
                        "rückgängig machen.",
    "importer.downloads": "Vorlagen und Daten",
    "importer.template": "Leere Vorlage (Excel)",
    "importer.current": "Aktuelle Projekte als Excel ({summary})",
    "importer.upload": "Projektliste (xlsx, xlsm, xls, xlsb, ods oder csv)",
    "importer.upload_limit": "Höchstens {mb} MB je Datei; erlaubt sind xlsx, xlsm, xls, xlsb, ods "
                             "und csv.",
    "importer.upload_limit_short": "Höchstens {mb} MB je Datei • XLSX, XLSM, XLS, XLSB, ODS, CSV",
    "importer.upload_button": "Datei auswählen",
    "importer.upload_other": "Andere Datei wählen",
    "importer.upload_remove": "{file} entfernen",
    "importer.nothing_to_commit": "Die Datei enthält keine Änderung gegenüber den gespeicherten "
                                  "Projekten; es gibt nichts zu übernehmen.",
    "importer.commit_help_empty": "Nichts zu übernehmen: keine neuen oder geänderten Projekte.",
    "importer.upload_help": "Kopfzeile irgendwo in den ersten 30 Zeilen; Spalten wie in der Vorlage "
                            "oder mit üblichen Namen („Vorhaben“, „Träger“, „Gesamtkosten (€)“ …).",
    "importer.reading": "Datei wird gelesen …",
    "importer.step.read": "Zeilen lesen und Werte prüfen",
    "importer.step.plan": "Mit den gespeicherten Projekten vergleichen",
    "importer.read_done": "{file}: {rows} Zeilen gelesen",
    "importer.rejected_file": "Die Datei wurde nicht gelesen: {message}",
    "importer.sheet": "Tabellenblatt",
    "importer.plan": "Was der Import ändern würde",
    "importer.tile.rows": "Zeilen",
    "importer.tile.new": "Neu",
    "importer.tile.changed": "Geändert",
    "importer.tile.unchanged": "Unverändert",
    "importer.tile.rejected": "Abgelehnt",
    "importer.tile.missing": "Nicht in der Liste, bleiben gespeichert",
    "importer.tile.missing_help": "Gespeicherte Projekte derselben Fachnetzwerke, die in der Datei "
                                  "fehlen. Sie werden nicht gelöscht.",
    "importer.decisions": "Vorschläge übernehmen",
    "importer.decisions_caption": "Ein Wert, der so in mehreren Zellen steht, wird mit einer "
                                  "Entscheidung in allen seinen Zellen dieser Datei gelesen. Nichts "
                                  "wird geraten: ohne Entscheidung bleiben die Zellen Fehler.",
    "importer.decision_label": "Spalte {letter} ({column}): „{value}“ in {cells} (Zeilen {rows})",
    "importer.decision_keep": "nicht übernehmen (Fehler bleibt)",
    "importer.decision_take": "Vorschlag übernehmen: {code}",
    "importer.decision_remember": "für dieses Fachnetzwerk merken ({networks})",
    "importer.decision_remember_help": "Spätere Listen dieses Fachnetzwerks lesen den Wert "
                                       "ebenso, mit einem Hinweis. Gemerkte Zuordnungen stehen "
                                       "unter Administration › Einstellungen und lassen sich "
                                       "dort entfernen.",
    "importer.decision_remember_denied": "Merken dürfen nur das Netzwerkmanagement dieses "
                                         "Fachnetzwerks und die Administration.",
    "importer.decisions_applied": "Gelesen durch Entscheidungen ({n} Zellen)",
    "importer.col.code": "Gelesen als",
    "importer.col.cells": "Zellen",
    "importer.col.source": "Grund",
    "importer.source.decision": "Ihre Entscheidung",
    "importer.source.alias": "gemerkte Zuordnung",
    "importer.cells_one": "1 Zelle",
    "importer.cells_many": "{n} Zellen",
    "importer.issues": "Fehler und Hinweise",
    "importer.issues_caption": "{errors} Fehler, {warnings} Hinweise. Solange eine Zeile einen "
                               "Fehler hat, wird nichts übernommen – außer mit „Nur gültige Zeilen "
                               "übernehmen“: dann bleiben die fehlerhaften Zeilen außen vor.",
    "importer.issues_caption_warnings": "{warnings} Hinweise; sie hindern die Übernahme nicht.",
    "importer.error_report": "Fehlerbericht (Excel) herunterladen",
    "importer.col.kind": "Art",
    "importer.col.file": "Datei",
    "importer.col.sheet": "Blatt",
    "importer.col.row": "Zeile",
    "importer.col.column": "Spalte",
    "importer.col.value": "Wert",
    "importer.col.message": "Meldung",
    "importer.col.suggestion": "Vorschlag",
    "importer.col.project": "Projekt-ID",
    "importer.col.title": "Titel",
    "importer.col.field": "Feld",
    "importer.col.old": "Bisher",
    "importer.col.new": "Neu",
    "importer.col.network": "Fachnetzwerk",
    "importer.col.stage": "Prüfstufe",
    "importer.col.status": "Status",
    "importer.col.revier": "Revier",
    "importer.col.focus": "Schwerpunkt",
    "importer.error": "Fehler",
    "importer.warning": "Hinweis",
    "importer.new": "Neue Projekte ({n})",
    "importer.changed": "Geänderte Projekte ({n})",
    "importer.changed_one": ("{pid} – {title} ({n} Änderung)", "{pid} – {title} ({n} Änderungen)"),
    "importer.changed_more": (("… und {n} weiteres geändertes Projekt (alle Änderungen in der "
                              "Tabelle darunter)"),
                              ("… und {n} weitere geänderte Projekte (alle Änderungen in der "
                              "Tabelle darunter)")),
    "importer.all_changes": "Alle Änderungen als Tabelle",
    "importer.missing": "Nicht in dieser Liste ({n})",
    "importer.missing_caption": "Diese Projekte gehören zu den Fachnetzwerken der Datei, stehen aber "
                                "nicht darin. Sie bleiben unverändert gespeichert.",
    "importer.partial": "Nur gültige Zeilen übernehmen (abgelehnte Zeilen bleiben unverändert)",
    "importer.commit": "Übernehmen",
    "importer.commit_help_errors": "Die Datei enthält Fehler. Fehler beheben oder „nur gültige "
                                   "Zeilen übernehmen“ wählen.",
    "importer.confirm_unusual": "Ungewöhnliche Werte bestätigen: {n} Werte liegen über oder unter "
                                "den üblichen Grenzen (siehe Hinweise) und sind geprüft",
    "importer.confirm_unusual_help": "Die Grenzen und ihre Gründe stehen in den Referenzdaten "
                                     "(Administration › Plausibilität). Die Bestätigung wird mit dem "
                                     "Import protokolliert.",
    "importer.commit_help_unusual": "Die Datei enthält ungewöhnliche Werte. Werte prüfen und "
                                    "„Ungewöhnliche Werte bestätigen“ ankreuzen.",
    "importer.committing": "Wird übernommen …",
    "importer.committed": "Übernommen als Import Nr. {batch}: {new} neu, {changed} geändert, "
                          "{rejected} abgelehnt (nicht übernommen). "
                          "Alle Seiten zeigen jetzt die neuen Zahlen. Die Datei ist archiviert; "
                          "für eine weitere Liste bitte neu hochladen.",
    "importer.not_committed": "Nichts übernommen: {message}",
    "importer.login": "Zum Übernehmen bitte anmelden.",
    "importer.user": "Wird vermerkt für: {user}",
    "importer.history": "Importhistorie",
    "importer.history_empty": "Noch keine Importe.",
    "importer.col.batch": "Nr.",
    "importer.batch_no": "Nr. {n}",
    "importer.col.kind_batch": "Vorgang",
    "importer.col.when": "Zeitpunkt",
    "importer.col.user": "Von",
    "importer.col.state": "Stand",
    "importer.state.undone": "rückgängig gemacht (Nr. {n})",
    "importer.state.undo_of": "macht Nr. {n} rückgängig – entfernt: {new} neue, "
                              "zurückgesetzt: {changed} geänderte Projekte",
    "importer.state.undoable": "rückgängig machbar",
    "importer.kind.import": "Import",
    "importer.kind.undo": "Rückgängig",
    "importer.kind.demo": "Demodaten",
    "importer.undo_pick": "Import rückgängig machen",
    "importer.undo_confirm": "Ja, Import Nr. {n} rückgängig machen: seine neuen Projekte werden "
                            "entfernt, geänderte erhalten ihren vorherigen Stand.",
    "importer.undo_button": "Rückgängig machen",
    "importer.undo_none": "Kein Import kann gerade rückgängig gemacht werden (nur der jeweils "
                          "letzte Import eines Projekts).",
}

EN = {
    "nav.import": "Import",
    "importer.title": "Import",
    "importer.caption": "Upload a project list, check the changes, then apply them. Nothing is "
                        "written before you click “Apply”; every import can be undone.",
    "importer.downloads": "Templates and data",
    "importer.template": "Empty template (Excel)",
    "importer.current": "Current projects as Excel ({summary})",
    "importer.upload": "Project list (xlsx, xlsm, xls, xlsb, ods or csv)",
    "importer.upload_limit": "At most {mb} MB per file; xlsx, xlsm, xls, xlsb, ods and csv are "
                             "allowed.",
    "importer.upload_limit_short": "At most {mb} MB per file • XLSX, XLSM, XLS, XLSB, ODS, CSV",
    "importer.upload_button": "Choose file",
    "importer.upload_other": "Choose another file",
    "importer.upload_remove": "Remove {file}",
    "importer.nothing_to_commit": "The file holds no change to the stored projects; there is "
                                  "nothing to apply.",
    "importer.commit_help_empty": "Nothing to apply: no new or changed projects.",
    "importer.upload_help": "Header row anywhere in the first 30 rows; columns as in the "
                            "template or with the usual German names (“Vorhaben”, “Träger”, "
                            "“Gesamtkosten (€)” …).",
    "importer.reading": "Reading the file …",
    "importer.step.read": "Read rows and check values",
    "importer.step.plan": "Compare with the stored projects",
    "importer.read_done": "{file}: {rows} rows read",
    "importer.rejected_file": "The file was not read: {message}",
    "importer.sheet": "Sheet",
    "importer.plan": "What the import would change",
    "importer.tile.rows": "Rows",
    "importer.tile.new": "New",
    "importer.tile.changed": "Changed",
    "importer.tile.unchanged": "Unchanged",
    "importer.tile.rejected": "Rejected",
    "importer.tile.missing": "Not in the list, stay stored",
    "importer.tile.missing_help": "Stored projects of the same Fachnetzwerke that are missing "
                                  "from the file. They are not deleted.",
    "importer.decisions": "Accept suggestions",
    "importer.decisions_caption": "A value written the same way in several cells is read, with "
                                  "one decision, in all its cells of this file. Nothing is "
                                  "guessed: without a decision the cells stay errors.",
    "importer.decision_label": "Column {letter} ({column}): “{value}” in {cells} (rows {rows})",
    "importer.decision_keep": "do not accept (the error stays)",
    "importer.decision_take": "Accept suggestion: {code}",
    "importer.decision_remember": "remember for this Fachnetzwerk ({networks})",
    "importer.decision_remember_help": "Later lists of this Fachnetzwerk read the value the "
                                       "same way, with a notice. Remembered assignments are "
                                       "listed under Administration › Settings and can be "
                                       "removed there.",
    "importer.decision_remember_denied": "Only this Fachnetzwerk's network management and "
                                         "Administration may remember it.",
    "importer.decisions_applied": "Read through decisions ({n} cells)",
    "importer.col.code": "Read as",
    "importer.col.cells": "Cells",
    "importer.col.source": "Reason",
    "importer.source.decision": "your decision",
    "importer.source.alias": "remembered assignment",
    "importer.cells_one": "1 cell",
    "importer.cells_many": "{n} cells",
    "importer.issues": "Errors and notes",
    "importer.issues_caption": "{errors} errors, {warnings} notes. While a row has an error, "
                               "nothing is applied – unless “Apply valid rows only” is ticked: "
                               "then the rows with errors are left out.",
    "importer.issues_caption_warnings": "{warnings} notes; they do not block applying.",
    "importer.error_report": "Download the error report (Excel)",
    "importer.col.kind": "Kind",
    "importer.col.file": "File",
    "importer.col.sheet": "Sheet",
    "importer.col.row": "Row",
    "importer.col.column": "Column",
    "importer.col.value": "Value",
    "importer.col.message": "Message",
    "importer.col.suggestion": "Suggestion",
    "importer.col.project": "Project ID",
    "importer.col.title": "Title",
    "importer.col.field": "Field",
    "importer.col.old": "Before",
    "importer.col.new": "New",
    "importer.col.network": "Fachnetzwerk",
    "importer.col.stage": "Review stage",
    "importer.col.status": "Status",
    "importer.col.revier": "Revier",
    "importer.col.focus": "Focus area",
    "importer.error": "Error",
    "importer.warning": "Note",
    "importer.new": "New projects ({n})",
    "importer.changed": "Changed projects ({n})",
    "importer.changed_one": ("{pid} – {title} ({n} change)", "{pid} – {title} ({n} changes)"),
    "importer.changed_more": (("… and {n} more changed project (all changes in the table "
                               "below)"),
                              ("… and {n} more changed projects (all changes in the table "
                               "below)")),
    "importer.all_changes": "All changes as a table",
    "importer.missing": "Not in this list ({n})",
    "importer.missing_caption": "These projects belong to the Fachnetzwerke of the file but are "
                                "not in it. They stay stored unchanged.",
    "importer.partial": "Apply valid rows only (rejected rows stay unchanged)",
    "importer.commit": "Apply",
    "importer.commit_help_errors": "The file has errors. Fix them or choose “apply valid rows "
                                   "only”.",
    "importer.confirm_unusual": "Confirm unusual values: {n} values lie above or below the usual "
                                "limits (see notices) and have been checked",
    "importer.confirm_unusual_help": "The limits and their reasons are reference data "
                                     "(Administration › Plausibility). The confirmation is recorded "
                                     "with the import.",
    "importer.commit_help_unusual": "The file has unusual values. Check them and tick “Confirm "
                                    "unusual values”.",
    "importer.committing": "Applying …",
    "importer.committed": "Applied as import no. {batch}: {new} new, {changed} changed, "
                          "{rejected} rejected (not applied). All "
                          "pages now show the new figures. The file is archived; for another "
                          "list please upload again.",
    "importer.not_committed": "Nothing applied: {message}",
    "importer.login": "Please sign in to apply.",
    "importer.user": "Recorded for: {user}",
    "importer.history": "Import history",
    "importer.history_empty": "No imports yet.",
    "importer.col.batch": "No.",
    "importer.batch_no": "No. {n}",
    "importer.col.kind_batch": "Action",
    "importer.col.when": "When",
    "importer.col.user": "By",
    "importer.col.state": "State",
    "importer.state.undone": "undone (no. {n})",
    "importer.state.undo_of": "undoes no. {n} – removed: {new} new, reset: {changed} changed "
                              "projects",
    "importer.state.undoable": "can be undone",
    "importer.kind.import": "Import",
    "importer.kind.undo": "Undo",
    "importer.kind.demo": "Demo data",
    "importer.undo_pick": "Undo an import",
    "importer.undo_confirm": "Yes, undo import no. {n}: its new projects are removed, changed "
                             "ones get their previous state back.",
    "importer.undo_button": "Undo",
    "importer.undo_none": "No import can be undone right now (only the latest import of a "
                          "project).",
}
