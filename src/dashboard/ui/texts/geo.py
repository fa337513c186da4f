"""Texts of the Karte page."""

DE = {
    "nav.map": "Karte",
    "map.title": "Karte",
    "map.caption": "Wo liegen die Projekte? Die Kreise der Reviere, nach den gewählten Filtern.",
    "map.click": "Ein Klick auf einen Kreis filtert alle Seiten auf ihn, ein zweiter Klick hebt "
                 "den Filter wieder auf.",
    "map.measure": "Einfärbung nach",
    "map.measure.projects": "Projekte",
    "map.measure.granted_eur": "Bewilligte Mittel",
    "map.measure.requested_eur": "Beantragte Mittel",
    "map.measure.theme_main_share": "Anteil Querschnittsthema als Hauptziel",
    "map.unit.projects": "Projekte",
    "map.unit.theme_main_share": "% mit Hauptziel",
    "map.points": "Projekte",
    "map.table": "Die Zahlen der Karte",
    "map.alt": "Karte der Kreise der Reviere, eingefärbt nach {measure}; die Tabelle daneben "
               "enthält dieselben Zahlen.",
    "map.attribution": "<a href=\"https://www.bkg.bund.de\">© GeoBasis-DE / BKG 2021</a><br>"
                       "(Daten verändert), dl-de/by-2-0",
    "map.attribution.caption": "Verwaltungsgrenzen: [© GeoBasis-DE / BKG 2021]"
                               "(https://www.bkg.bund.de) (Daten verändert), Datenlizenz "
                               "Deutschland – Namensnennung – 2.0. Postleitzahlen und Orte: "
                               "GeoNames (geonames.org), CC BY 4.0.",
    "map.filtered": "Kreisfilter: {names}.",
    "map.view.explanation.projects": "Projekte der Auswahl je Kreis (alle Stufen, auch "
                                     "ausgestiegene), Punkte an der Gemeinde des Projekts.",
    "map.view.explanation.granted_eur": "Bewilligte Mittel der Projekte, die die Prüfkette nicht "
                                        "verlassen haben, je Kreis (wie die Kachel der Übersicht).",
    "map.view.explanation.requested_eur": "Beantragte Mittel der Projekte, die die Prüfkette "
                                          "nicht verlassen haben, je Kreis (wie die Kachel der "
                                          "Übersicht).",
    "map.view.explanation.theme_main_share": "Anteil der Projekte je Kreis, die mindestens ein "
                                             "Querschnittsthema als Hauptziel haben.",
    "map.view.title.projects": "{district} hat die meisten Projekte ({value} von {total})",
    "map.view.title.granted_eur": "{district} hat die meisten bewilligten Mittel ({value} von "
                                  "{total})",
    "map.view.title.requested_eur": "{district} hat die meisten beantragten Mittel ({value} von "
                                    "{total})",
    "map.view.title.theme_main_share": "{district} hat den höchsten Anteil an Projekten mit "
                                       "einem Querschnittsthema als Hauptziel ({value})",
    "map.view.title_tie.projects": "{districts} haben die meisten Projekte (je {value})",
    "map.view.title_tie.granted_eur": "{districts} haben die meisten bewilligten Mittel "
                                      "(je {value})",
    "map.view.title_tie.requested_eur": "{districts} haben die meisten beantragten Mittel "
                                        "(je {value})",
    "map.view.title_tie.theme_main_share": "{districts} haben den höchsten Anteil an Projekten "
                                           "mit einem Querschnittsthema als Hauptziel (je {value})",
    "map.view.one.projects": "{district}: {value} in der Auswahl",
    "map.view.one.granted_eur": "{district}: {value} bewilligte Mittel in der Auswahl",
    "map.view.one.requested_eur": "{district}: {value} beantragte Mittel in der Auswahl",
    "map.view.one.theme_main_share": "{district}: {value} der Projekte mit einem "
                                     "Querschnittsthema als Hauptziel",
    "map.view.least": "Am wenigsten: {districts} ({value}).",
    "map.view.zero": "Ohne Projekte in der Auswahl: {districts}.",
    "map.view.placed.gemeinde": ("{n} Projekt ist als Punkt an seiner Gemeinde eingezeichnet.",
                                 "{n} Projekte sind als Punkte an ihrer Gemeinde eingezeichnet."),
    "map.view.placed.kreis": (
        ("{n} Projekt steht am Mittelpunkt seines Kreises (Gemeinde unbekannt)."),
        ("{n} Projekte stehen am Mittelpunkt ihres Kreises (Gemeinde unbekannt)."),
    ),
    "map.view.placed.none": ("{n} Projekt ohne Ort (weder Gemeinde noch Kreis bekannt).",
                             "{n} Projekte ohne Ort (weder Gemeinde noch Kreis bekannt)."),
    "map.view.outside": (
        ("{n} Projekt liegt in keinem Kreis der Reviere und fehlt in der Einfärbung."),
        ("{n} Projekte liegen in keinem Kreis der Reviere und fehlen in der Einfärbung."),
    ),
    "map.placed.gemeinde": "an der Gemeinde",
    "map.placed.kreis": "am Kreismittelpunkt",
    "map.placed.none": "ohne Ort",
    "map.col.place": "Ort",
    "map.col.district_code": "Kreisschlüssel",
    "map.col.placed": "Verortung",
    "map.col.outside": "außerhalb der Reviere",
    "map.col.district": "Kreis",
    "map.col.revier": "Revier",
    "map.col.projects": "Projekte",
    "map.col.theme_main": "mit Querschnittsthema als Hauptziel",
    "map.col.theme_main_share": "Anteil mit Hauptziel",
    "map.col.requested_eur": "Beantragt (€)",
    "map.col.granted_eur": "Bewilligt (€)",
}

EN = {
    "nav.map": "Map",
    "map.title": "Map",
}
