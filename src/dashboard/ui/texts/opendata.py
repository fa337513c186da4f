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
EN: dict[str, str] = {}
