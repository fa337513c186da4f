"""Texts inside the files of the import: the template's instructions sheet and the error
report's column, sheet and headings. The column headers of the template stay German in both
languages: they are the data contract the reader finds (see README, "English")."""

DE = {
    "template.sheet": "Anleitung",
    "template.title": "Anleitung zur Projektliste",
    "template.1": "1. Pro Zeile ein Projekt. Die Kopfzeile bitte nicht ändern; zusätzliche Spalten "
                  "werden beim Import gemeldet und ignoriert.",
    "template.2": "2. Pflichtspalten (rot hinterlegt): Projekttitel, Revier, "
                  "Entwicklungsschwerpunkt.",
    "template.3": "3. Revier, Landkreis, Zukunftsmission, Entwicklungsschwerpunkt, Prüfstufe, "
                  "Förderprogramm, Status und die vier Themenmarker per Auswahlliste füllen; Kürzel "
                  "(z. B. M02, F1) werden ebenfalls erkannt.",
    "template.4": "4. Weitere Missionen: mehrere Werte mit Semikolon trennen, z. B. „M01; M09“.",
    "template.5": "5. Beträge in Euro (z. B. 1.250.000,00); „85 T€“ oder „1,25 Mio. €“ werden "
                  "umgerechnet.",
    "template.6": "6. Datumsangaben als TT.MM.JJJJ, z. B. 31.12.2025.",
    "template.7": "7. Themenmarker: nicht adressiert (0), signifikant (1), Hauptziel (2).",
    "template.8": "8. Die Datumsspalten rechts (Datum Projektidee … Ausgeschieden am) beschreiben "
                  "den Weg durch die Prüfstufen.",
    "template.9": "9. Arbeits- und Ausbildungsplätze: „geplant“ wie im Antrag angegeben, "
                  "„umgesetzt“ wie vom Projekt zuletzt gemeldet (Stand in der Spalte „Stand“); "
                  "Förderbereich nach InvKG § 4 Abs. 1 per Auswahlliste.",
    "template.10": "10. Die Projekt-ID leer lassen, wenn das Projekt neu ist; bei bekannten "
                   "Projekten die ID beibehalten.",
    "template.11": "11. Vor dem Speichern in die Datenbank zeigt der Import, was sich ändert. Nichts "
                   "wird ohne Bestätigung geschrieben.",
    "report.column": "Fehler",
    "report.sheet": "Projekte",
    "report.notes": "Hinweise",
    "report.kind": "Art",
    "report.where": "Ort",
    "report.note": "Hinweis",
    "report.error": "Fehler",
    "report.warning": "Warnung",
}

EN = {
    "template.sheet": "Instructions",
    "template.title": "How to fill in the project list",
    "template.1": "1. One project per row. Please do not change the header row: its German column "
                  "names are what the import reads. Additional columns are reported and ignored.",
    "template.2": "2. Required columns (red): Projekttitel (title), Revier, Entwicklungsschwerpunkt "
                  "(focus area).",
    "template.3": "3. Fill Revier, Landkreis (district), Zukunftsmission (mission), "
                  "Entwicklungsschwerpunkt, Prüfstufe (review stage), Förderprogramm (programme), "
                  "Status and the four theme markers from the drop-down lists; codes (e.g. M02, F1) "
                  "are recognised too.",
    "template.4": "4. Weitere Missionen (further missions): separate several values with a "
                  "semicolon, e.g. “M01; M09”.",
    "template.5": "5. Amounts in euros, written the German way (e.g. 1.250.000,00); “85 T€” "
                  "(thousands) or “1,25 Mio. €” (millions) are converted.",
    "template.6": "6. Dates as DD.MM.YYYY, e.g. 31.12.2025 (date cells work too).",
    "template.7": "7. Theme markers: nicht adressiert = not addressed (0), signifikant = "
                  "significant (1), Hauptziel = principal aim (2).",
    "template.8": "8. The date columns on the right (Datum Projektidee … Ausgeschieden am) "
                  "describe the way through the review stages.",
    "template.9": "9. Jobs and apprenticeships: “geplant” (planned) as stated in the application, "
                  "“umgesetzt” (implemented) as last reported by the project (as of the date in "
                  "the column “Stand”); Förderbereich (InvKG § 4(1) funding area) from the "
                  "drop-down list.",
    "template.10": "10. Leave Projekt-ID empty for a new project; keep the ID of a known project.",
    "template.11": "11. Before anything is saved to the database, the import shows what changes. "
                   "Nothing is written without confirmation.",
    "report.column": "Errors",
    "report.sheet": "Projects",
    "report.notes": "Notes",
    "report.kind": "Kind",
    "report.where": "Where",
    "report.note": "Note",
    "report.error": "Error",
    "report.warning": "Warning",
}
