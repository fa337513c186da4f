"""Texts of the presentation page, chart images and the briefing deck/PDF."""

DE = {
    # presentation page
    "nav.presentation": "Präsentation",
    "pres.title": "Präsentation",
    "pres.stand": "Stand: {when}",
    "pres.frozen": "eingefroren",
    "pres.slides": "Folien",
    "pres.slides.help": "Diagramme der Auswertungen, in der gewählten Reihenfolge.",
    "pres.slides.empty": "Bitte mindestens eine Folie auswählen.",
    "pres.prev": "Zurück",
    "pres.next": "Weiter",
    "pres.counter": "Folie {n} von {total}",
    "pres.freeze": "Einfrieren",
    "pres.freeze.help": "Keine Aktualisierung, solange jemand spricht.",
    "pres.auto": "Automatisch weiter",
    "pres.auto.off": "aus",
    "pres.auto.seconds": "alle {s} s",
    "pres.controls": "Steuerung",
    "pres.briefing": "Briefing",
    "pres.filters": "Filter",
    "pres.filters.none": "Keine Filter: alle Projekte",
    "pres.filters.change": "Filter ändern",
    "pres.period": "Eingang {start} – {end}",
    "pres.filters.remove_help": "Antippen entfernt den Filter.",
    "pres.share": "Auf dem eigenen Gerät öffnen",
    "pres.share.caption": "QR-Code scannen oder den Link abtippen: gleiche Filter, eigene Ansicht.",
    "pres.kpis": "Kennzahlen",
    "pres.kpis.title": "Die Lage in Zahlen",
    "pres.keys": "Tastatur: → weiter, ← zurück",
    "pres.updated": "Neue Daten: die Zahlen wurden aktualisiert.",
    # chart images
    "image.png": "PNG",
    "image.svg": "SVG",
    "image.unavailable": "Bilddownload nicht verfügbar: {reason}",
    # briefing
    "briefing.title": "Strukturwandel-Monitor",
    "briefing.subtitle": "Lagebild der Projekte in der Prüfkette",
    "briefing.stand": "Stand: {date}",
    "briefing.filters": "Auswahl: {summary}",
    "briefing.kpi_title": "Die Lage in Zahlen",
    "briefing.kpi.exited": "Ausgeschieden",
    "briefing.appendix": "Anhang: {label}",
    "briefing.appendix.more": "Gezeigt: {shown} von {total} Zeilen. Vollständige Daten als "
                              "CSV/Excel im Dashboard.",
    "briefing.appendix.all": "Alle {total} Zeilen.",
    "briefing.empty": "Für diese Auswahl gibt es keine Daten.",
    "briefing.generic.top": "Der größte Wert bei „{value_col}“ entfällt auf „{label}“: "
                            "{value} ({share} der Summe).",
    "briefing.generic.total": "Insgesamt {total} {value_col}, verteilt auf {n} Werte von "
                              "„{label_col}“.",
    "briefing.unknown_views": "Unbekannte Diagramme: {unknown}. Verfügbar sind: {known}.",
    "briefing.no_views": "Es sind keine Diagramme verfügbar.",
    "briefing.font_missing": "Die Schrift {path} fehlt; das PDF braucht sie für Umlaute. "
                             "Bitte `apt-get install fonts-dejavu-core` ausführen.",
    "briefing.written": "Briefing geschrieben: {path} ({charts} Diagramme)",
    "briefing.bad_suffix": "Die Ausgabedatei muss auf .pptx oder .pdf enden, nicht {suffix!r}.",
    "briefing.download.pptx": "Briefing (PowerPoint)",
    "briefing.download.pdf": "Briefing (PDF)",
}

EN = {
    "nav.presentation": "Presentation",
    "pres.title": "Presentation",
    "pres.prev": "Previous",
    "pres.next": "Next",
    "pres.freeze": "Freeze",
}
