"""Word material for demo project texts: per focus area the subjects of projects (a title phrase
and the key noun that a related project names), how far a project has got, and sentences for
descriptions. Rich enough that two unrelated demo projects rarely read alike, so the planted
overlaps (demo/overlaps.py) are the ones the Vernetzung finds."""

# (title phrase, key noun a companion project refers to) per focus area
SUBJECTS = {
    "F1": [("Mobilitätsdrehscheibe am Bahnhof", "Mobilitätsdrehscheibe"),
           ("Radschnellverbindung ins Stadtzentrum", "Radschnellverbindung"),
           ("On-Demand-Rufbus im ländlichen Raum", "Rufbus"),
           ("Wasserstoff-Tankstelle für Nutzfahrzeuge", "Wasserstoff-Tankstelle"),
           ("Gleisanschluss für das Gewerbegebiet", "Gleisanschluss"),
           ("Testfeld für autonomes Fahren", "Testfeld"),
           ("Schnellladepark am Pendlerparkplatz", "Schnellladepark"),
           ("Güterverkehrszentrum mit Umschlagterminal", "Güterverkehrszentrum"),
           ("Carsharing-Stationen in den Ortsteilen", "Carsharing-Stationen"),
           ("Batteriezug-Werkstatt", "Batteriezug-Werkstatt"),
           ("Lastenrad-Verleihsystem", "Lastenrad-Verleihsystem"),
           ("Park-and-Ride-Anlage an der S-Bahn", "Park-and-Ride-Anlage"),
           ("Elektrobus-Betriebshof", "Elektrobus-Betriebshof"),
           ("Logistikplattform für die letzte Meile", "Logistikplattform"),
           ("Reaktivierung der Bahnstrecke", "Bahnstrecke"),
           ("Drohnen-Lieferkorridor für Medikamente", "Drohnen-Lieferkorridor"),
           ("Verkehrsleitzentrale mit Echtzeitdaten", "Verkehrsleitzentrale"),
           ("Mobilstationen an Schulen", "Mobilstationen")],
    "F2": [("Digitales Gründerzentrum", "Gründerzentrum"),
           ("Rechenzentrum mit Abwärmenutzung", "Rechenzentrum"),
           ("KI-Transferlabor für den Mittelstand", "KI-Transferlabor"),
           ("Glasfaser-Gewerbecampus", "Glasfaser-Gewerbecampus"),
           ("Smart-City-Datenplattform", "Datenplattform"),
           ("Mikroelektronik-Ausbildungszentrum", "Mikroelektronik-Ausbildungszentrum"),
           ("Datenraum für Zulieferer", "Datenraum"),
           ("Coworking-Space im Ortskern", "Coworking-Space"),
           ("5G-Campusnetz im Industriepark", "Campusnetz"),
           ("Halbleiter-Reinraum für Prototypen", "Reinraum"),
           ("Cybersicherheitszentrum für Kommunen", "Cybersicherheitszentrum"),
           ("Quantencomputing-Anwenderlabor", "Quantencomputing-Labor"),
           ("Digitalwerkstatt für Handwerksbetriebe", "Digitalwerkstatt"),
           ("Sensornetz für die Landwirtschaft", "Sensornetz"),
           ("Open-Data-Portal der Region", "Open-Data-Portal"),
           ("Chipdesign-Akademie", "Chipdesign-Akademie"),
           ("Robotik-Lernfabrik", "Robotik-Lernfabrik"),
           ("Edge-Cloud-Knoten", "Edge-Cloud-Knoten")],
    "F3": [("Bioraffinerie für Reststoffe aus der Landwirtschaft", "Bioraffinerie"),
           ("Recyclingzentrum für Batteriematerialien", "Batterierecycling"),
           ("Leichtbau-Kompetenzzentrum", "Leichtbau-Kompetenzzentrum"),
           ("Holzbau-Cluster mit Fertigteilwerk", "Holzbau-Cluster"),
           ("Kreislaufquartier auf dem Kasernengelände", "Kreislaufquartier"),
           ("Pflanzenkohle-Anlage", "Pflanzenkohle-Anlage"),
           ("Reallabor Kunststoffrecycling", "Kunststoffrecycling"),
           ("Baustoffbörse für Rückbaumaterial", "Baustoffbörse"),
           ("Algenzucht in Tagebaurestseen", "Algenzucht"),
           ("Hanffaser-Verarbeitung", "Hanffaser-Verarbeitung"),
           ("Phosphorrückgewinnung aus Klärschlamm", "Phosphorrückgewinnung"),
           ("Biokunststoff-Technikum", "Biokunststoff-Technikum"),
           ("Textilrecycling-Werk", "Textilrecycling-Werk"),
           ("Insektenprotein-Produktion", "Insektenprotein-Produktion"),
           ("Reparatur- und Wiederverwendungszentrum", "Reparaturzentrum"),
           ("Bioökonomie-Gründerwerkstatt", "Bioökonomie-Werkstatt"),
           ("Additive Fertigung mit Recyclingpulver", "Recyclingpulver"),
           ("Kompostierungsanlage mit Biogasnutzung", "Kompostierungsanlage")],
    "F4": [("Elektrolyseur für grünen Wasserstoff", "Elektrolyseur"),
           ("Solarpark auf der Bergbaufolgefläche", "Solarpark"),
           ("Wärmenetz mit Großwärmepumpe", "Großwärmepumpe"),
           ("Energiespeicher-Campus", "Energiespeicher-Campus"),
           ("Windpark am Tagebaurand", "Windpark"),
           ("Energieeffizientes Gewerbegebiet", "Effizienz-Gewerbegebiet"),
           ("Grüne Gase für die Chemie", "Grüne Gase"),
           ("Wasserstoff-Pipeline zum Chemiepark", "Wasserstoff-Pipeline"),
           ("Schwimmende Photovoltaik auf dem Tagebausee", "Schwimmende Photovoltaik"),
           ("Geothermie-Bohrung für Fernwärme", "Geothermie-Bohrung"),
           ("Batteriegroßspeicher am Umspannwerk", "Batteriegroßspeicher"),
           ("Agri-Photovoltaik mit Obstbau", "Agri-Photovoltaik"),
           ("Bürgerenergiegenossenschaft", "Bürgerenergie"),
           ("Kraftwerksstandort als Energiepark", "Energiepark"),
           ("Wärmespeicher im Altbergbau", "Wärmespeicher"),
           ("Methanisierungsanlage", "Methanisierungsanlage"),
           ("Smart-Grid-Reallabor", "Smart-Grid-Reallabor"),
           ("Biomethan-Einspeiseanlage", "Biomethan-Einspeisung")],
    "F5": [("Telemedizin-Netzwerk für Hausarztpraxen", "Telemedizin-Netzwerk"),
           ("Medizinisches Versorgungszentrum", "Versorgungszentrum"),
           ("Pflegecampus mit Wohngruppen", "Pflegecampus"),
           ("Gesundheitsdatenplattform", "Gesundheitsdatenplattform"),
           ("Wirkstoff-Technikum", "Wirkstoff-Technikum"),
           ("Ausbildungszentrum für Pflegeberufe", "Pflegeausbildung"),
           ("Biotech-Inkubator", "Biotech-Inkubator"),
           ("Rehabilitationsklinik mit Sportmedizin", "Rehabilitationsklinik"),
           ("Gemeindeschwester-Modell", "Gemeindeschwester"),
           ("Diagnostiklabor für Infektionskrankheiten", "Diagnostiklabor"),
           ("Medizintechnik-Prüfzentrum", "Medizintechnik-Prüfzentrum"),
           ("Landarzt-Stipendienprogramm", "Landarzt-Stipendium"),
           ("Demenz-Kompetenzzentrum", "Demenz-Kompetenzzentrum"),
           ("Zellkultur-Reinraum", "Zellkultur-Reinraum"),
           ("Apothekenlogistik mit Drohnen", "Apothekenlogistik"),
           ("Präventionszentrum für Kinder", "Präventionszentrum"),
           ("Gesundheitskiosk", "Gesundheitskiosk"),
           ("Klinikverbund-Digitalisierung", "Klinikverbund")],
    "F6": [("Seenland-Erlebnispfad", "Erlebnispfad"),
           ("Revitalisierung des Ortskerns", "Ortskern"),
           ("Industriekultur-Museum im Kraftwerk", "Industriekultur-Museum"),
           ("Freizeitbad mit Saunalandschaft", "Freizeitbad"),
           ("Jugendkulturzentrum", "Jugendkulturzentrum"),
           ("Radtourismus-Netz", "Radtourismus-Netz"),
           ("Dorfgemeinschaftshaus", "Dorfgemeinschaftshaus"),
           ("Kulturbahnhof", "Kulturbahnhof"),
           ("Aussichtsturm am Tagebausee", "Aussichtsturm"),
           ("Wassersportzentrum mit Marina", "Marina"),
           ("Sorbisches Kulturzentrum", "Kulturzentrum"),
           ("Landschaftspark auf der Abraumhalde", "Landschaftspark"),
           ("Campingplatz am Seeufer", "Campingplatz"),
           ("Bibliothek als dritter Ort", "Bibliothek"),
           ("Festivalgelände im Tagebau", "Festivalgelände"),
           ("Sportpark mit Kletterhalle", "Kletterhalle"),
           ("Gästehaus im Gutshof", "Gutshof"),
           ("Heimatmuseum mit Bergbauausstellung", "Heimatmuseum")],
}

# how far a project has got: the first word(s) of its title
STEPS = ["Machbarkeitsstudie", "Planung", "Errichtung", "Erweiterung", "Pilotvorhaben",
         "Konzept", "Modernisierung", "Aufbau", "Umsetzung", "Entwicklung"]

# what a focus area's projects are for (one is picked per project)
PURPOSES = {
    "F1": ["verbessert die Erreichbarkeit der Arbeitsorte",
           "verlagert Pendlerverkehr auf klimafreundliche Verkehrsmittel",
           "verbindet die Ortsteile mit dem Oberzentrum"],
    "F2": ["stärkt die digitale Wirtschaft und bindet Fachkräfte",
           "bringt Forschungsergebnisse in kleine und mittlere Unternehmen",
           "schafft Infrastruktur für datengetriebene Geschäftsmodelle"],
    "F3": ["schließt Stoffkreisläufe in der regionalen Wirtschaft",
           "erschließt neue Wertschöpfung aus nachwachsenden Rohstoffen",
           "verringert Abfälle und Rohstoffimporte"],
    "F4": ["ersetzt fossile Energie durch erneuerbare Quellen",
           "nutzt Flächen und Netzanschlüsse des früheren Bergbaus",
           "sichert eine bezahlbare Energieversorgung für Industrie und Haushalte"],
    "F5": ["sichert die medizinische Versorgung im ländlichen Raum",
           "baut eine regionale Gesundheitswirtschaft auf",
           "entlastet Pflegekräfte und Angehörige"],
    "F6": ["macht die Region lebenswert für Familien und Zuziehende",
           "stärkt den Tourismus im Seenland",
           "bewahrt das Erbe der Bergbauregion"],
}

# further sentences (one per description), so descriptions of one focus area differ
DETAILS = [
    "Geplant sind {n} Arbeitsplätze.", "Die Kommune stellt die Fläche zur Verfügung.",
    "Ein Begleitausschuss aus Wirtschaft und Verwaltung steuert das Vorhaben.",
    "Die Hochschule der Region übernimmt die wissenschaftliche Begleitung.",
    "Der Bau soll in zwei Abschnitten erfolgen.", "Die Betriebskosten trägt der Träger selbst.",
    "Auszubildende werden von Beginn an eingebunden.", "Die Planung ist abgeschlossen.",
    "Eine Bürgerbeteiligung begleitet das Vorhaben.", "Das Vorhaben ist Teil eines Leitbilds.",
    "Partner aus dem Nachbarland sind beteiligt.", "Die Genehmigung wird derzeit beantragt.",
]

# standard measures that many sponsors apply for: the decoys of the demo data
STANDARD_MEASURES = [
    ("Gemeinschaftsstand auf der Hannover Messe {year}",
     ("Der Träger präsentiert sich mit einem Stand auf der Hannover Messe und stellt dort "
      "Produkte und Projekte aus dem Revier vor.")),
    ("Teilnahme am Sächsischen Energiepreis {year}",
     ("Bewerbung und Präsentation beim Sächsischen Energiepreis mit einem Beitrag zur "
      "Energiewende im Revier.")),
    ("Messeauftritt auf der Ausbildungsmesse {year}",
     ("Mit einem Messestand auf der Ausbildungsmesse wirbt der Träger um Auszubildende und "
      "Fachkräfte für das Revier.")),
    ("Imagefilm zur Fachkräftegewinnung",
     ("Ein kurzer Imagefilm stellt den Träger als Arbeitgeber vor und wird in sozialen Medien "
      "und auf Messen gezeigt.")),
    ("Standortbroschüre für Investoren",
     ("Eine zweisprachige Broschüre stellt Flächen, Fördermöglichkeiten und Ansprechpartner "
      "für Investoren vor.")),
]

# how a related project refers to another one's subject ({subject} {ort})
COMPANIONS = ["Fachkräfteprogramm für {subject} {ort}", "Begleitforschung zu {subject} {ort}",
              "Zulieferernetzwerk rund um {subject} {ort}", "Anbindung an {subject} {ort}",
              "Abnehmerverbund für {subject} {ort}", "Qualifizierungsoffensive {subject} {ort}",
              "Wärmeauskopplung aus {subject} {ort}", "Schülerlabor am {subject} {ort}",
              "Besucherzentrum {subject} {ort}", "Datenerfassung für {subject} {ort}",
              "Flächenentwicklung neben {subject} {ort}", "Gründungsberatung im Umfeld {subject} {ort}"]

# rewordings for planted duplicates: word -> another way to say it
SYNONYMS = {"Machbarkeitsstudie": "Studie zur Machbarkeit", "Planung": "Vorplanung",
            "Errichtung": "Bau", "Erweiterung": "Ausbau", "Pilotvorhaben": "Pilotprojekt",
            "Konzept": "Konzeption", "Modernisierung": "Sanierung", "Aufbau": "Einrichtung",
            "Umsetzung": "Realisierung", "Entwicklung": "Weiterentwicklung"}

# sites and partners: syllables combined into names, so that most projects carry a few words of
# their own (as real project texts do: a site, a partner company, a size)
SITE_KINDS = ["Gewerbegebiet", "Areal", "Quartier", "Campus", "Gelände", "Industriepark",
              "Technologiepark", "Ortsteil"]
SYLLABLES = ["ka", "ro", "len", "mi", "tra", "wen", "dor", "sa", "bel", "un", "ter", "fa",
             "ni", "gor", "has", "li", "mar", "pe", "ven", "zu", "ost", "al", "rin", "bu",
             "del", "chi", "nor", "la", "se", "wit"]
SITE_ENDINGS = ["weg", "feld", "grund", "hain", "aue", "berg", "wiese", "tal"]
PARTNER_FORMS = ["GmbH", "AG", "Systems GmbH", "Technik GmbH", "e. V.", "Consult GmbH",
                 "Institut", "Genossenschaft eG"]
SIZES = {"F1": "Stellplätze", "F2": "Arbeitsplätze im Labor", "F3": "Tonnen im Jahr",
         "F4": "Megawatt", "F5": "Behandlungsplätze", "F6": "Gäste am Tag"}
