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
    "importer.tile.missing": "Nicht in dieser Liste",
    "importer.tile.missing_help": "Gespeicherte Projekte derselben Fachnetzwerke, die in der Datei "
                                  "fehlen. Sie werden nicht gelöscht.",
    "importer.issues": "Fehler und Hinweise",
    "importer.issues_caption": "{errors} Fehler (Zeile wird nicht übernommen), {warnings} Hinweise.",
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
    "importer.committing": "Wird übernommen …",
    "importer.committed": "Übernommen als Import Nr. {batch}: {new} neu, {changed} geändert. "
                          "Alle Seiten zeigen jetzt die neuen Zahlen. Die Datei ist archiviert; "
                          "für eine weitere Liste bitte neu hochladen.",
    "importer.not_committed": "Nichts übernommen: {message}",
    "importer.login": "Zum Übernehmen bitte anmelden.",
    "importer.user": "Wird vermerkt für: {user}",
    "importer.history": "Importhistorie",
    "importer.history_empty": "Noch keine Importe.",
    "importer.col.batch": "Nr.",
    "importer.col.kind_batch": "Vorgang",
    "importer.col.when": "Zeitpunkt",
    "importer.col.user": "Von",
    "importer.col.state": "Stand",
    "importer.state.undone": "rückgängig gemacht (Nr. {n})",
    "importer.state.undo_of": "macht Nr. {n} rückgängig",
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
}
