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
    "map.caption": "Where are the projects? The districts of the Reviere, for the selected "
                   "filters.",
    "map.click": "A click on a district filters all pages to it; a second click removes the "
                 "filter again.",
    "map.measure": "Colour by",
    "map.measure.projects": "Projects",
    "map.measure.granted_eur": "Funding granted",
    "map.measure.requested_eur": "Funding requested",
    "map.measure.theme_main_share": "Share with a cross-cutting theme as principal aim",
    "map.unit.projects": "projects",
    "map.unit.theme_main_share": "% with principal aim",
    "map.points": "projects",
    "map.table": "The map's figures",
    "map.alt": "Map of the districts of the Reviere, coloured by {measure}; the table beside it "
               "holds the same figures.",
    "map.attribution": "<a href=\"https://www.bkg.bund.de\">© GeoBasis-DE / BKG 2021</a><br>"
                       "(data modified), dl-de/by-2-0",
    "map.attribution.caption": "Administrative boundaries: [© GeoBasis-DE / BKG 2021]"
                               "(https://www.bkg.bund.de) (data modified), Data licence "
                               "Germany – attribution – 2.0. Postcodes and places: "
                               "GeoNames (geonames.org), CC BY 4.0.",
    "map.filtered": "District filter: {names}.",
    "map.view.explanation.projects": "Projects of the selection per district (all stages, "
                                     "exited ones included), points at the project's "
                                     "municipality.",
    "map.view.explanation.granted_eur": "Funding granted to the projects that have not left "
                                        "the review pipeline, per district (as the Overview's "
                                        "tile).",
    "map.view.explanation.requested_eur": "Funding requested by the projects that have not "
                                          "left the review pipeline, per district (as the "
                                          "Overview's tile).",
    "map.view.explanation.theme_main_share": "Share of the projects per district that have at "
                                             "least one cross-cutting theme as principal aim.",
    "map.view.title.projects": "{district} has the most projects ({value} of {total})",
    "map.view.title.granted_eur": "{district} has the most funding granted ({value} of "
                                  "{total})",
    "map.view.title.requested_eur": "{district} has the most funding requested ({value} of "
                                    "{total})",
    "map.view.title.theme_main_share": "{district} has the highest share of projects with a "
                                       "cross-cutting theme as principal aim ({value})",
    "map.view.title_tie.projects": "{districts} have the most projects ({value} each)",
    "map.view.title_tie.granted_eur": "{districts} have the most funding granted ({value} "
                                      "each)",
    "map.view.title_tie.requested_eur": "{districts} have the most funding requested ({value} "
                                        "each)",
    "map.view.title_tie.theme_main_share": "{districts} have the highest share of projects "
                                           "with a cross-cutting theme as principal aim "
                                           "({value} each)",
    "map.view.one.projects": "{district}: {value} in the selection",
    "map.view.one.granted_eur": "{district}: {value} funding granted in the selection",
    "map.view.one.requested_eur": "{district}: {value} funding requested in the selection",
    "map.view.one.theme_main_share": "{district}: {value} of the projects with a cross-cutting "
                                     "theme as principal aim",
    "map.view.least": "Least: {districts} ({value}).",
    "map.view.zero": "Without projects in the selection: {districts}.",
    "map.view.placed.gemeinde": ("{n} project is drawn as a point at its municipality.",
                                 "{n} projects are drawn as points at their municipality."),
    "map.view.placed.kreis": (
        ("{n} project is placed at the centre of its district (municipality unknown)."),
        ("{n} projects are placed at the centre of their district (municipality unknown)."),
    ),
    "map.view.placed.none": ("{n} project without a place (municipality and district unknown).",
                             "{n} projects without a place (municipality and district unknown)."),
    "map.view.outside": (
        ("{n} project lies in no district of the Reviere and is missing from the colouring."),
        ("{n} projects lie in no district of the Reviere and are missing from the colouring."),
    ),
    "map.placed.gemeinde": "at the municipality",
    "map.placed.kreis": "at the district centre",
    "map.placed.none": "no place",
    "map.col.place": "Place",
    "map.col.district_code": "District code",
    "map.col.placed": "Placed",
    "map.col.outside": "outside the Reviere",
    "map.col.district": "District",
    "map.col.revier": "Revier",
    "map.col.projects": "Projects",
    "map.col.theme_main": "with a cross-cutting theme as principal aim",
    "map.col.theme_main_share": "Share with principal aim",
    "map.col.requested_eur": "Requested (€)",
    "map.col.granted_eur": "Granted (€)",
}
