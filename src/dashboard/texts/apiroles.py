"""Texts of the API's role views (bearer tokens of the login's identity provider)."""

DE = {
    "api.auth.invalid": "Das Zugangstoken ist ungültig, abgelaufen oder widerrufen. Bitte melden "
                        "Sie sich neu an und fordern Sie ein neues Token an.",
    "api.auth.malformed": "Die Kopfzeile „Authorization“ muss die Form „Bearer <Token>“ haben.",
    "api.auth.not_configured": "Anmeldung ist nicht eingerichtet: Diese Instanz nimmt keine "
                               "Zugangstoken an. Ohne die Kopfzeile „Authorization“ erhalten "
                               "Sie die öffentlichen Daten.",
    "api.auth.no_role": "Ihrer Anmeldung ist keine Rolle zugeordnet. Bitte wenden Sie sich an "
                        "{contact}.",
    "api.auth.ask_default": "die Administration des Strukturwandel-Monitors",
    "api.auth.unavailable": "Der Anmeldedienst ist gerade nicht erreichbar; das Token konnte "
                            "nicht geprüft werden. Bitte später erneut versuchen.",
    "api.security.bearer": "Optional. Zugangstoken (Access Token) desselben Anmeldedienstes wie "
                           "die Anmeldung im Dashboard, geprüft an dessen userinfo-Endpunkt "
                           "(Ergebnis bis zu 60 s zwischengespeichert). Ohne Token: der "
                           "öffentliche Teil. Mit Token: die Sicht der Rolle, wie auf den "
                           "Seiten des Dashboards: alle Prüfstufen, auch Fachnetzwerke, die der "
                           "Veröffentlichung widersprochen haben, und das Feld „kontakt“ "
                           "(nur für die Fachnetzwerke der eigenen Zuständigkeit "
                           "(Netzwerkmanagement) bzw. alle (Administration); bei Leitung, "
                           "Moderation und fremden Fachnetzwerken leer). Antworten mit Token: "
                           "Cache-Control „private, no-store“.",
    "api.resp.unauthorized": "Token ungültig, abgelaufen oder widerrufen, oder Anmeldung nicht "
                             "eingerichtet; nie stillschweigend die öffentlichen Daten.",
    "api.resp.forbidden": "Token gültig, aber der Anmeldung ist keine Rolle zugeordnet.",
    "api.resp.unavailable": "Der Anmeldedienst antwortet nicht; das Token wurde nicht geprüft.",
    "api.field.kontakt": "Nur mit Token: Ansprechpartner (personenbezogen); gefüllt nur für "
                         "Projekte, deren Kontaktdaten die Rolle sehen darf (Netzwerkmanagement: "
                         "eigene Fachnetzwerke; Administration: alle), sonst leer.",
    "api.field.sicht": "Nur mit Token: Rolle, Zuständigkeit und die Fachnetzwerke, deren "
                       "Kontaktdaten die Antwort enthält („*“ = alle).",
    "api.field.pruefstufe_rolle": "Heutige Prüfstufe (Code), mit Token alle Prüfstufen",
    "api.schema.projekt_rolle": "Ein Projekt in der Sicht einer Rolle (mit Token).",
    "api.schema.projekt": "Ein Projekt im öffentlichen Teil (ohne Token).",
}
EN = {
    "api.auth.invalid": "The access token is invalid, expired or revoked. Please log in again "
                        "and request a new token.",
    "api.auth.malformed": "The “Authorization” header must have the form “Bearer <token>”.",
    "api.auth.not_configured": "Login is not set up: this instance accepts no access tokens. "
                               "Without the “Authorization” header you receive the public "
                               "data.",
    "api.auth.no_role": "No role is assigned to your login. Please contact {contact}.",
    "api.auth.ask_default": "the administration of the Structural Change Monitor",
    "api.auth.unavailable": "The login service cannot be reached right now; the token could not "
                            "be checked. Please try again later.",
    "api.security.bearer": "Optional. Access token of the same login service as the "
                           "dashboard's login, checked at its userinfo endpoint (result kept "
                           "for up to 60 s). Without a token: the public part. With a token: "
                           "the role's view, as on the dashboard's pages: all review stages, "
                           "also Fachnetzwerke that have objected to publication, and the field "
                           "“kontakt” (only for the Fachnetzwerke in one's own remit "
                           "(Netzwerkmanagement) or all (Administration); empty for Leitung, "
                           "Moderation and other networks). Responses with a token: "
                           "Cache-Control “private, no-store”.",
    "api.resp.unauthorized": "Token invalid, expired or revoked, or login not set up; never "
                             "the public data silently.",
    "api.resp.forbidden": "Token valid, but no role is assigned to the login.",
    "api.resp.unavailable": "The login service does not answer; the token was not checked.",
    "api.field.kontakt": "With a token only: contact person (personal data); filled only for "
                         "projects whose contact details the role may see (Netzwerkmanagement: "
                         "own Fachnetzwerke; Administration: all), else empty.",
    "api.field.sicht": "With a token only: role, remit and the Fachnetzwerke whose contact "
                       "details the response contains (“*” = all).",
    "api.field.pruefstufe_rolle": "Current review stage (code), with a token all stages",
    "api.schema.projekt_rolle": "A project in a role's view (with a token).",
    "api.schema.projekt": "A project in the public part (without a token).",
}
