"""Texts of login, roles, the Protokoll and the Administration page."""

DE = {
    "auth.local_banner": "Lokaler Einzelplatzbetrieb ohne Anmeldung: volle Rechte. Die App ist "
                         "nur auf diesem Rechner erreichbar (127.0.0.1).",
    "auth.remote_refused": "Ohne Anmeldung ist der Strukturwandel-Monitor nur auf dem Rechner "
                           "erreichbar, auf dem er läuft. Für den Betrieb im Netz bitte die "
                           "Anmeldung einrichten (README, „Betrieb mit Anmeldung“).",
    "auth.ask_default": "die Administration des Strukturwandel-Monitors",
    "auth.no_role": "Für {user} ist keine Rolle hinterlegt; bitte wenden Sie sich an {contact}.",
    "auth.logged_in_as_role": "Angemeldet als {user} · {role} ({scope})",
    "access.denied": "Keine Berechtigung: diese Seite ist Ihrer Rolle ({role}) nicht "
                     "freigegeben.",
    "access.denied_anonymous": "Keine Berechtigung.",
    "nav.section.admin": "Verwaltung",
    "nav.protocol": "Protokoll",
    "nav.administration": "Administration",
    "access.contact_hidden": "Kontaktdaten sehen nur das zuständige Netzwerkmanagement und die "
                             "Administration.",
    "access.setting_admin_only": "„Letzte Sitzung“ festlegen kann nur die Administration.",
    # Protokoll
    "protocol.title": "Protokoll",
    "protocol.caption": "Jeder schreibende Vorgang mit Person, Zeit, Ort (Seite oder "
                        "Kommandozeile) und Inhalt. Die Einträge sind verkettet: eine "
                        "nachträgliche Änderung fällt bei der Prüfung auf.",
    "protocol.scope_all": "Sie sehen alle Einträge.",
    "protocol.scope_networks": "Sie sehen die Einträge Ihrer Fachnetzwerke ({networks}) und "
                               "Ihre eigenen.",
    "protocol.person": "Person",
    "protocol.kind": "Art",
    "protocol.from": "von",
    "protocol.to": "bis",
    "protocol.none": "Keine Einträge für diese Auswahl.",
    "protocol.count": ("{n} Eintrag", "{n} Einträge"),
    "protocol.col.seq": "Nr.",
    "protocol.col.at": "Zeit (UTC)",
    "protocol.col.actor": "Person",
    "protocol.col.source": "Ort",
    "protocol.col.kind": "Art",
    "protocol.col.networks": "Fachnetzwerke",
    "protocol.col.detail": "Inhalt",
    "protocol.verify": "Kette prüfen",
    "protocol.verify_ok": "Protokoll unverändert: {n} Einträge, Kette vollständig.",
    "protocol.verify_broken": "Protokoll verändert! Erster fehlerhafter Eintrag: {entry}",
    # Administration
    "admin.title": "Administration",
    "admin.caption": "Benutzer und Rollen, Referenzdaten. Jede Änderung wird protokolliert.",
    "admin.tab.users": "Benutzer und Rollen",
    "admin.tab.mapping": "Missionen → Schwerpunkte",
    "admin.tab.programmes": "Förderprogramme",
    "admin.tab.envelopes": "InvKG-Mittel",
    "admin.tab.districts": "Kreise → Revier",
    "admin.tab.history": "Versionen",
    "admin.tab.settings": "Einstellungen",
    "admin.settings.stale": "Daten eines Fachnetzwerks gelten als veraltet nach … Tagen",
    "admin.settings.stale_preview": "Danach gelten {after} von {total} Fachnetzwerken als "
                                    "veraltet (bisher {before}).",
    "admin.settings.saved": "Gespeichert: veraltet nach {days} Tagen.",
    "admin.users.caption": "Für Identitätsanbieter ohne Gruppen: E-Mail → Rolle und "
                           "Fachnetzwerke. Gruppen aus der Anmeldung haben Vorrang.",
    "admin.users.none": "Noch keine Einträge.",
    "admin.users.email": "E-Mail",
    "admin.users.role": "Rolle",
    "admin.users.networks": "Fachnetzwerke (nur Netzwerkmanagement)",
    "admin.users.active": "aktiv",
    "admin.users.note": "Notiz",
    "admin.users.save": "Benutzer speichern",
    "admin.users.saved": "Gespeichert: {email} ({role}).",
    "admin.users.remove": "Benutzer entfernen",
    "admin.users.removed": "Entfernt: {email}.",
    "admin.users.col.updated_at": "geändert",
    "admin.users.col.updated_by": "von",
    "admin.ref.caption": "Änderungen werden mit demselben Modell geprüft wie die CSV-Dateien. "
                         "Vor dem Speichern zeigt die Vorschau, was sich ändert.",
    "admin.ref.preview": "Vorschau",
    "admin.ref.save": "Als neue Version speichern",
    "admin.ref.note": "Anlass der Änderung",
    "admin.ref.changes": "{added} Zeilen neu oder geändert, {removed} entfallen.",
    "admin.ref.mismatch": "Danach gelten {after} als mögliche Fehlzuordnung (bisher {before}).",
    "admin.ref.saved": "Gespeichert als Version Nr. {change}.",
    "admin.ref.unchanged": "Keine Änderung gegenüber dem aktuellen Stand.",
    "admin.history.none": "Noch keine Änderungen in der App.",
    "admin.history.undo": "Änderung rückgängig machen",
    "admin.history.which": "Änderung Nr.",
    "admin.history.undone": "Änderung Nr. {change} rückgängig gemacht (neue Version Nr. {new}).",
    "admin.col.mission_code": "Mission",
    "admin.col.focus_area_code": "Schwerpunkt",
    "admin.col.strength": "Stärke",
}
