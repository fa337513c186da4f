"""Texts of the open-data API (messages, OpenAPI descriptions) and the Barrierefreiheit page."""

DE = {
    # API messages
    "api.bad_request": "Die Anfrage enthält ungültige Werte; nichts wurde gefiltert.",
    "api.invalid.code": "Unbekannter Wert „{value}“ im Parameter „{parameter}“.",
    "api.invalid.date": "„{value}“ im Parameter „{parameter}“ ist kein Datum der Form JJJJ-MM-TT.",
    "api.invalid.format": "Unbekanntes Format „{value}“: erlaubt sind „json“ und „csv“.",
    "api.rate_limited": "Zu viele Anfragen: höchstens {n} je Minute und Absender. Bitte in {s} s "
                        "erneut versuchen.",
    # OpenAPI document
    "api.title": "Strukturwandel-Monitor – offene Daten",
    "api.description": "Öffentlicher, nur lesender Zugang: Projekte ab der Bewilligung (ohne "
                       "Kontakt- und Personenangaben, ohne Fachnetzwerke, die der "
                       "Veröffentlichung widersprochen haben) und die Kennzahlen der Übersicht. "
                       "Die Filter heißen wie in den Adressen der App.",
    "api.projekte.summary": "Bewilligte Projekte (JSON oder CSV)",
    "api.projekte.description": "Projekte ab der Prüfstufe „Bewilligt“ (auch später "
                                "ausgestiegene), nach Projektnummer. CSV: Semikolon, "
                                "Dezimalkomma, UTF-8 mit BOM; Zellen, die mit = + - @ Tab oder "
                                "Wagenrücklauf beginnen, erhalten ein führendes Apostroph.",
    "api.kennzahlen.summary": "Kennzahlen wie die Kacheln der Übersicht",
    "api.kennzahlen.description": "Dieselbe Berechnung wie die Kacheln der Seite Übersicht, für "
                                  "dieselben Filter; Projekte aller Prüfstufen, ohne Fachnetzwerke, "
                                  "die der Veröffentlichung widersprochen haben.",
    "api.openapi.summary": "Diese Beschreibung (OpenAPI 3.0)",
    "api.resp.ok": "Die Daten.",
    "api.resp.not_modified": "Unverändert seit der Antwort mit diesem ETag.",
    "api.resp.rate": "Zu viele Anfragen; Retry-After nennt die Wartezeit in Sekunden.",
    "api.resp.bad": "Ungültige Parameter; die Liste nennt jeden.",
    "api.param.codes": "{what}: ein oder mehrere Codes, durch Komma getrennt. Erlaubt: {codes}.",
    "api.param.revier": "Revier",
    "api.param.land": "Bundesland",
    "api.param.kreis": "Kreis (Gemeindeschlüssel)",
    "api.param.schwerpunkt": "Entwicklungsschwerpunkt",
    "api.param.mission": "Zukunftsmission („ohne“ = Projekte ohne Mission)",
    "api.param.programm": "Förderprogramm",
    "api.param.von": "Eingang in die Prüfkette frühestens an diesem Tag (JJJJ-MM-TT).",
    "api.param.bis": "Eingang in die Prüfkette spätestens an diesem Tag (JJJJ-MM-TT).",
    "api.param.format": "Ausgabeformat: json (Voreinstellung, auch bei leerem Wert) oder csv.",
    "api.param.lang": "Sprache der Beschreibungen und Meldungen: de (Voreinstellung) oder en; "
                      "die Daten sind in beiden dieselben (CSV in englischem Zahlenformat).",
    "api.invalid.lang": "Unbekannte Sprache „{value}“; erlaubt sind de und en.",
    "api.invalid.unknown": "Unbekannter Parameter „{parameter}“; diese Adresse nimmt: "
                           "{allowed}.",
    "api.invalid.repeated": "Der Parameter „{parameter}“ ist mehrfach angegeben; bitte nur "
                            "einmal.",
    "api.invalid.repeated_list": "Der Parameter „{parameter}“ ist mehrfach angegeben; mehrere "
                                 "Codes bitte einmal, durch Komma getrennt: {example}.",
    "api.field.filter": "Die angewandten Filter in der Form der URL-Parameter.",
    "api.field.ausgenommen": "Fachnetzwerke, die der Veröffentlichung widersprochen haben: ihre "
                             "Projekte fehlen in allen Antworten.",
    "api.field.projekt_id": "Projektnummer",
    "api.field.titel": "Titel",
    "api.field.beschreibung": "Kurzbeschreibung",
    "api.field.traeger": "Projektträger (Organisation)",
    "api.field.traegerart": "Art des Trägers (Code)",
    "api.field.revier": "Revier (Code)",
    "api.field.land": "Bundesland (Code)",
    "api.field.kreis": "Kreis (Gemeindeschlüssel)",
    "api.field.gemeinde": "Gemeinde",
    "api.field.fachnetzwerk": "Fachnetzwerk (Code)",
    "api.field.schwerpunkt": "Entwicklungsschwerpunkt (Code)",
    "api.field.mission": "Zukunftsmission (Code)",
    "api.field.weitere_missionen": "Weitere Zukunftsmissionen (Codes)",
    "api.field.pruefstufe": "Heutige Prüfstufe (Code)",
    "api.field.status": "aktiv oder der Grund des Ausstiegs",
    "api.field.programm": "Förderprogramm (Code)",
    "api.field.gesamtkosten_eur": "Gesamtkosten in Euro",
    "api.field.beantragt_eur": "Beantragte Mittel in Euro",
    "api.field.bewilligt_eur": "Bewilligte Mittel in Euro",
    "api.field.arbeitsplaetze_geplant": "Geplante Arbeitsplätze",
    "api.field.beginn": "Geplanter Beginn",
    "api.field.ende": "Geplantes Ende",
    "api.field.thema_fachkraefte": "Fachkräftesicherung: 0 nicht, 1 signifikant, 2 Hauptziel",
    "api.field.thema_kinder_jugendliche": "Kinder und Jugendliche: 0, 1 oder 2",
    "api.field.thema_gleichstellung": "Gleichstellung: 0, 1 oder 2",
    "api.field.thema_demografie": "demografischer Wandel: 0, 1 oder 2",
    "api.field.stand": "Stand der Angaben (Datum der Liste des Fachnetzwerks)",
    "api.kpi.projekte": "Projekte (alle Prüfstufen, auch ausgestiegene)",
    "api.kpi.in_pruefung": "In Prüfung: nicht ausgestiegen, zwischen Projektidee und Qualifizierung",
    "api.kpi.bewilligt": "Bewilligt: haben die Bewilligung erreicht",
    "api.kpi.ausgestiegen": "Ausgestiegen: zurückgestellt, abgelehnt oder zurückgezogen",
    "api.kpi.beantragt_eur": "Beantragte Mittel der Projekte, die nicht ausgestiegen sind (Euro)",
    "api.kpi.bewilligt_eur": "Bewilligte Mittel der Projekte, die nicht ausgestiegen sind (Euro)",
}
EN = {
    # API messages
    "api.bad_request": "The request contains invalid values; nothing was filtered.",
    "api.invalid.code": "Unknown value “{value}” in the parameter “{parameter}”.",
    "api.invalid.date": "“{value}” in the parameter “{parameter}” is not a date of the form "
                        "YYYY-MM-DD.",
    "api.invalid.format": "Unknown format “{value}”: allowed are “json” and “csv”.",
    "api.rate_limited": "Too many requests: at most {n} per minute and sender. Please try again "
                        "in {s} s.",
    # OpenAPI document
    "api.title": "Structural Change Monitor – open data",
    "api.description": "Public, read-only access: projects from the grant onwards (without "
                       "contact and personal details, without Fachnetzwerke (specialist "
                       "networks) that have objected to publication) and the key figures of "
                       "the Overview. The filters have the same names as in the app's "
                       "addresses (URLs).",
    "api.projekte.summary": "Granted projects (JSON or CSV)",
    "api.projekte.description": "Projects from the review stage “Bewilligt” (granted) onwards "
                                "(including those that exited later), by project number. CSV: "
                                "semicolon, decimal comma, UTF-8 with BOM; cells that begin "
                                "with = + - @ tab or carriage return get a leading apostrophe.",
    "api.kennzahlen.summary": "Key figures like the tiles of the Overview",
    "api.kennzahlen.description": "The same calculation as the tiles of the Overview page, for "
                                  "the same filters; projects of all review stages, without "
                                  "Fachnetzwerke that have objected to publication.",
    "api.openapi.summary": "This description (OpenAPI 3.0)",
    "api.resp.ok": "The data.",
    "api.resp.not_modified": "Unchanged since the response with this ETag.",
    "api.resp.rate": "Too many requests; Retry-After gives the waiting time in seconds.",
    "api.resp.bad": "Invalid parameters; the list names each one.",
    "api.param.codes": "{what}: one or more codes, separated by commas. Allowed: {codes}.",
    "api.param.revier": "Revier (coal region)",
    "api.param.land": "Land (German state)",
    "api.param.kreis": "District (municipality key)",
    "api.param.schwerpunkt": "Focus area",
    "api.param.mission": "Mission (“ohne” = projects without a mission)",
    "api.param.programm": "Funding programme",
    "api.param.von": "Entered the review pipeline on this day at the earliest (YYYY-MM-DD).",
    "api.param.bis": "Entered the review pipeline on this day at the latest (YYYY-MM-DD).",
    "api.param.format": "Output format: json (default, also for an empty value) or csv.",
    "api.param.lang": "Language of descriptions and messages: de (default) or en; the data are "
                      "the same in both (CSV in English number format).",
    "api.invalid.lang": "Unknown language “{value}”; de and en are allowed.",
    "api.invalid.unknown": "Unknown parameter “{parameter}”; this address takes: {allowed}.",
    "api.invalid.repeated": "The parameter “{parameter}” is given more than once; please "
                            "give it once.",
    "api.invalid.repeated_list": "The parameter “{parameter}” is given more than once; several "
                                 "codes please in one, separated by commas: {example}.",
    "api.field.filter": "The filters applied, in the form of the URL parameters.",
    "api.field.ausgenommen": "Fachnetzwerke that have objected to publication: their projects "
                             "are missing from all responses.",
    "api.field.projekt_id": "Project number",
    "api.field.titel": "Title",
    "api.field.beschreibung": "Short description",
    "api.field.traeger": "Project sponsor (organisation)",
    "api.field.traegerart": "Kind of sponsor (code)",
    "api.field.revier": "Revier (code)",
    "api.field.land": "Land (code)",
    "api.field.kreis": "District (municipality key)",
    "api.field.gemeinde": "Municipality",
    "api.field.fachnetzwerk": "Fachnetzwerk (code)",
    "api.field.schwerpunkt": "Focus area (code)",
    "api.field.mission": "Mission (code)",
    "api.field.weitere_missionen": "Further missions (codes)",
    "api.field.pruefstufe": "Current review stage (code)",
    "api.field.status": "active, or the reason for the exit",
    "api.field.programm": "Funding programme (code)",
    "api.field.gesamtkosten_eur": "Total costs in euros",
    "api.field.beantragt_eur": "Funding requested in euros",
    "api.field.bewilligt_eur": "Funding granted in euros",
    "api.field.arbeitsplaetze_geplant": "Planned jobs",
    "api.field.beginn": "Planned start",
    "api.field.ende": "Planned end",
    "api.field.thema_fachkraefte": "Securing skilled workers: 0 not targeted, 1 significant, "
                                   "2 principal aim",
    "api.field.thema_kinder_jugendliche": "Children and young people: 0, 1 or 2",
    "api.field.thema_gleichstellung": "Gender equality: 0, 1 or 2",
    "api.field.thema_demografie": "Demographic change: 0, 1 or 2",
    "api.field.stand": "Data as of (date of the Fachnetzwerk's list)",
    "api.kpi.projekte": "Projects (all review stages, including those that exited)",
    "api.kpi.in_pruefung": "In review: not exited, between Projektidee (project idea) and "
                           "Qualifizierung (qualification)",
    "api.kpi.bewilligt": "Granted: have reached the grant",
    "api.kpi.ausgestiegen": "Exited: on hold, rejected or withdrawn",
    "api.kpi.beantragt_eur": "Funding requested by the projects that have not exited (euros)",
    "api.kpi.bewilligt_eur": "Funding granted to the projects that have not exited (euros)",
}
