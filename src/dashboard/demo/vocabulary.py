"""Word lists the demo generator combines into plausible German project data."""

MUNICIPALITIES = {
    "14625": ["Bautzen", "Hoyerswerda", "Kamenz", "Bischofswerda", "Radeberg", "Lauta", "Elstra"],
    "14626": ["Görlitz", "Zittau", "Weißwasser", "Niesky", "Löbau", "Boxberg/O.L.", "Rothenburg"],
    "12061": ["Königs Wusterhausen", "Lübben", "Luckau", "Wildau"],
    "12062": ["Herzberg", "Finsterwalde", "Elsterwerda", "Bad Liebenwerda"],
    "12066": ["Senftenberg", "Lübbenau", "Großräschen", "Lauchhammer", "Schwarzheide"],
    "12071": ["Forst", "Guben", "Spremberg", "Peitz", "Welzow"],
    "12052": ["Cottbus"],
    "14729": ["Borna", "Grimma", "Markkleeberg", "Böhlen", "Zwenkau", "Groitzsch", "Wurzen"],
    "14730": ["Torgau", "Delitzsch", "Eilenburg", "Oschatz", "Schkeuditz"],
    "14713": ["Leipzig"],
    "15082": ["Bitterfeld-Wolfen", "Köthen", "Zörbig", "Sandersdorf-Brehna"],
    "15084": ["Naumburg", "Zeitz", "Weißenfels", "Hohenmölsen", "Teuchern"],
    "15087": ["Sangerhausen", "Eisleben", "Hettstedt"],
    "15088": ["Merseburg", "Leuna", "Schkopau", "Querfurt", "Bad Dürrenberg"],
    "15002": ["Halle (Saale)"],
    "16077": ["Altenburg", "Meuselwitz", "Schmölln", "Lucka"],
}

TITLES = {
    "F1": ["Mobilitätsdrehscheibe {ort}", "Radschnellweg {ort}", "On-Demand-Busverkehr {ort}",
           "Wasserstoff-Tankstelle {ort}", "Schienenanbindung Gewerbegebiet {ort}",
           "Testfeld autonomes Fahren {ort}", "Ladeinfrastruktur Pendlerparkplatz {ort}"],
    "F2": ["Digitales Gründerzentrum {ort}", "Rechenzentrum mit Abwärmenutzung {ort}",
           "KI-Transferlabor {ort}", "Glasfaser-Gewerbecampus {ort}", "Smart-City-Plattform {ort}",
           "Mikroelektronik-Ausbildungszentrum {ort}", "Datenraum Mittelstand {ort}"],
    "F3": ["Bioraffinerie {ort}", "Recyclingzentrum Batteriematerialien {ort}",
           "Leichtbau-Kompetenzzentrum {ort}", "Holzbau-Cluster {ort}", "Kreislaufquartier {ort}",
           "Pflanzenkohle-Anlage {ort}", "Reallabor Kunststoffrecycling {ort}"],
    "F4": ["Wasserstoff-Elektrolyseur {ort}", "Solarpark auf Bergbaufolgeflächen {ort}",
           "Wärmenetz mit Großwärmepumpe {ort}", "Energiespeicher-Campus {ort}",
           "Windpark Tagebaurand {ort}", "Energieeffizientes Gewerbegebiet {ort}",
           "Grüne Gase für die Chemie {ort}"],
    "F5": ["Telemedizin-Netzwerk {ort}", "Medizinisches Versorgungszentrum {ort}",
           "Pflegecampus {ort}", "Gesundheitsdatenplattform {ort}", "Wirkstoff-Technikum {ort}",
           "Ausbildungszentrum Pflege {ort}", "Biotech-Inkubator {ort}"],
    "F6": ["Seenland-Erlebnispfad {ort}", "Revitalisierung Ortskern {ort}",
           "Industriekultur-Museum {ort}", "Freizeitbad {ort}", "Jugendkulturzentrum {ort}",
           "Radtourismus-Netz {ort}", "Dorfgemeinschaftshaus {ort}", "Kulturbahnhof {ort}"],
}

PURPOSES = {
    "F1": "verbessert die Erreichbarkeit und verbindet Wohnorte mit neuen Arbeitsplätzen",
    "F2": "stärkt die digitale Wirtschaft und bindet Fachkräfte an die Region",
    "F3": "schließt Stoffkreisläufe und schafft neue Wertschöpfung aus regionalen Rohstoffen",
    "F4": "ersetzt fossile Energie und nutzt die Flächen und Netze des Reviers",
    "F5": "sichert die Gesundheitsversorgung und baut eine Gesundheitswirtschaft auf",
    "F6": "macht die Region lebenswert und attraktiv für Gäste und Zuziehende",
}

SPONSORS = {
    "KOMMUNE": ["Stadt {ort}", "Gemeinde {ort}", "Stadtwerke {ort} GmbH"],
    "LANDKREIS": ["{kreis}"],
    "UNTERNEHMEN": ["{ort} Energie GmbH", "Lausitz Technologie AG", "Mitteldeutsche Werkstoffe GmbH",
                    "{ort} Logistik GmbH & Co. KG", "Chemiepark Services GmbH", "Revier Digital GmbH"],
    "FORSCHUNG": ["Fraunhofer-Institut (Außenstelle {ort})", "Hochschule Zittau/Görlitz",
                  "Universität Leipzig", "BTU Cottbus-Senftenberg", "Hochschule Merseburg",
                  "Leibniz-Institut (Standort {ort})"],
    "VEREIN": ["Förderverein {ort} e. V.", "Tourismusverband Seenland e. V.",
               "Unternehmerverband {ort} e. V."],
    "LAND": ["Sächsische Agentur für Strukturentwicklung", "Landesamt für Umwelt"],
    "SONST": ["Zweckverband {ort}", "Stiftung Zukunft {ort}"],
}

FIRST_NAMES = ["Anna", "Jens", "Katrin", "Thomas", "Susanne", "Matthias", "Claudia", "Frank",
               "Sabine", "Stefan", "Ulrike", "Mirko", "Doreen", "René", "Ines", "Sven"]
LAST_NAMES = ["Schulze", "Richter", "Krause", "Lehmann", "Schneider", "Hoffmann", "Wolf",
              "Neumann", "Schmidt", "Zimmermann", "Kühn", "Böhme", "Fischer", "Lange"]
