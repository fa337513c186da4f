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
    "protocol.all_kinds": "alle Arten",
    "protocol.none": "Keine Einträge für diese Auswahl.",
    "protocol.count": ("{n} Eintrag", "{n} Einträge"),
    "protocol.col.seq": "Nr.",
    "protocol.col.at": "Zeit (UTC)",
    "protocol.col.actor": "Person",
    "protocol.col.source": "Ort",
    "protocol.col.kind": "Art",
    "protocol.col.networks": "Fachnetzwerke",
    "protocol.col.summary": "Inhalt",
    "protocol.col.detail": "Details (JSON)",
    "protocol.verify": "Kette prüfen",
    "protocol.verify_ok": "Protokoll unverändert: {n} Einträge, Kette vollständig.",
    "protocol.verify_broken": "Protokoll verändert! Erster fehlerhafter Eintrag: {entry}",
    "protocol.head": "Kopf des Protokolls: **{head}** (Nummer und Hash des neuesten Eintrags). "
                     "Notiert, lässt er sich jederzeit mit `python -m dashboard audit verify "
                     "--kopf NUMMER:HASH` prüfen: so fällt auch auf, wenn die neuesten Einträge "
                     "gelöscht wurden.",
    "protocol.head_empty": "Das Protokoll hat noch keinen Eintrag.",
    "protocol.verify_missing": "Protokoll verändert! {problem}",
    "audit.missing": "Einträge fehlen: Kopf {n} notiert, nur {m} vorhanden (notiert in {source}).",
    "audit.rewritten": "Eintrag Nr. {n} trägt nicht den notierten Hash (Kopf {head}, notiert "
                       "in {source}): das Protokoll wurde umgeschrieben.",
    "audit.more": "Weitere {n} notierte Köpfe werden ebenso nicht erreicht.",
    "audit.given": "Angabe --kopf",
    "audit.no_head": "Kein Kopf außerhalb der Datenbank gefunden ({file}): ob die neuesten "
                     "Einträge gelöscht wurden, lässt sich so nicht prüfen.",
    "audit.checked_against": "Geprüft gegen den notierten Kopf {head} ({source}).",
    # Administration
    "admin.title": "Administration",
    "admin.caption": "Benutzer und Rollen, Referenzdaten. Jede Änderung wird protokolliert.",
    "admin.tab.users": "Benutzer und Rollen",
    "admin.tab.mapping": "Missionen → Schwerpunkte",
    "admin.tab.programmes": "Förderprogramme",
    "admin.tab.envelopes": "InvKG-Mittel",
    "admin.tab.districts": "Kreise → Revier",
    "admin.tab.plausibility": "Plausibilität",
    "admin.plausibility.caption": "Grenzen, die der Import von Projektlisten prüft. field: die "
                                  "Spalte (total_cost_eur, requested_eur, granted_eur, planned_jobs, "
                                  "actual_jobs, planned_apprenticeships, actual_apprenticeships, "
                                  "start_date, end_date, as_of, stage_dates = alle Prüfstufen-Daten); "
                                  "bound: warn_above/warn_below (nur nach Bestätigung übernommen) "
                                  "oder refuse_above/refuse_below (abgelehnt); threshold: Euro, "
                                  "Anzahl oder bei Daten eine Jahreszahl; reason: der Grund, der "
                                  "im Importplan steht.",
    "access.policy.no_role": "Keine Berechtigung: „{what}“ ist ohne zugeordnete Rolle nicht erlaubt.",
    "access.policy.outside": "Keine Berechtigung: Fachnetzwerk {network} liegt außerhalb Ihrer "
                             "Zuständigkeit ({scope}).",
    "access.policy.role": "Keine Berechtigung: „{what}“ ist der Rolle {role} nicht erlaubt.",
    "access.scope.all": "alle Fachnetzwerke",
    "access.action.read": "Lesen", "access.action.import": "Importieren",
    "access.action.undo": "Import rückgängig machen",
    "access.action.export_contacts": "Kontaktdaten exportieren",
    "access.action.see_personal": "Kontaktdaten ansehen", "access.action.read_audit": "Protokoll lesen",
    "access.action.decide_pairs": "Vernetzung entscheiden",
    "access.action.remember_alias": "Import-Zuordnungen merken",
    "access.action.edit_reference": "Referenzdaten ändern",
    "access.action.import_lists": "Förderlisten importieren",
    "access.action.edit_settings": "Einstellungen ändern",
    "access.action.manage_users": "Benutzer und Rollen verwalten",
    "admin.tab.history": "Versionen",
    "admin.tab.targets": "Ziele",
    "admin.targets.caption": "Ein geänderter Zielwert wird als neue Fassung gespeichert, gültig "
                             "ab dem gewählten Tag; frühere Fassungen bleiben erhalten und auf der "
                             "Seite Wirkung sichtbar.",
    "admin.targets.versions": "Fassungen dieses Ziels (die neueste gültige gilt):",
    "admin.targets.none": "Für diesen Bereich gibt es noch kein Ziel.",
    "admin.targets.scope": "Bereichsart",
    "admin.targets.scope.gesamt": "gesamt",
    "admin.targets.scope.revier": "Revier",
    "admin.targets.scope.land": "Land",
    "admin.targets.scope.invkg_area": "InvKG-Förderbereich",
    "admin.targets.scope.focus_area": "Schwerpunkt",
    "admin.targets.scope.mission": "Zukunftsmission",
    "admin.targets.scope.programme": "Förderprogramm",
    "admin.targets.start": "Zeitraum von",
    "admin.targets.end": "bis",
    "admin.targets.save": "Als neue Fassung speichern",
    "admin.targets.saved": "Ziel gespeichert: {indicator} · {scope} (neue Fassung; die "
                           "früheren bleiben erhalten).",
    "admin.tab.settings": "Einstellungen",
    "admin.aliases.title": "Gemerkte Import-Zuordnungen",
    "admin.aliases.caption": "Werte, die ein Fachnetzwerk beim Import einem Code zugeordnet und "
                             "gemerkt hat. Spätere Listen dieses Fachnetzwerks lesen sie mit "
                             "einem Hinweis. Entfernen wird im Protokoll vermerkt.",
    "admin.aliases.none": "Noch keine gemerkten Zuordnungen.",
    "admin.aliases.network": "Fachnetzwerk",
    "admin.aliases.column": "Spalte",
    "admin.aliases.value": "Wert",
    "admin.aliases.code": "Gelesen als",
    "admin.aliases.by": "Gemerkt von",
    "admin.aliases.when": "Am",
    "admin.aliases.pick": "Zuordnung",
    "admin.aliases.option": "{network}: „{value}“ → {code} ({column})",
    "admin.aliases.remove": "Zuordnung entfernen",
    "admin.aliases.removed": "Entfernt: „{value}“ → {code}.",
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
    "admin.users.networks_none": "keine (alle Rollen außer Netzwerkmanagement)",
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
    "admin.map.primary": "Hauptschwerpunkt",
    "admin.map.secondary": "weitere Schwerpunkte",
    "admin.map.none": "keine",
}

EN = {
    "auth.local_banner": "Local single-user mode without sign-in: full rights. The app can only "
                         "be reached on this computer (127.0.0.1).",
    "auth.remote_refused": "Without sign-in, the Structural Change Monitor can only be reached "
                           "on the computer it runs on. To run it on a network, please set up "
                           "sign-in (README, “Betrieb mit Anmeldung” – running with sign-in).",
    "auth.ask_default": "the administrators of the Structural Change Monitor",
    "auth.no_role": "No role is set for {user}; please contact {contact}.",
    "auth.logged_in_as_role": "Signed in as {user} · {role} ({scope})",
    "access.denied": "Access denied: this page is not available to your role ({role}).",
    "access.denied_anonymous": "Access denied.",
    "nav.section.admin": "Management",
    "nav.protocol": "Audit log",
    "nav.administration": "Administration",
    "access.contact_hidden": "Contact details are only shown to the responsible network "
                             "management and the administrators.",
    "access.setting_admin_only": "Only the administrators can set the “last meeting”.",
    # Protokoll
    "protocol.title": "Audit log",
    "protocol.caption": "Every change with person, time, place (page or command line) and "
                        "content. The entries are chained: any later alteration shows up in "
                        "the check.",
    "protocol.scope_all": "You see all entries.",
    "protocol.scope_networks": "You see the entries of your Fachnetzwerke ({networks}) and "
                               "your own.",
    "protocol.person": "Person",
    "protocol.kind": "Kind",
    "protocol.from": "from",
    "protocol.to": "to",
    "protocol.all_kinds": "all kinds",
    "protocol.none": "No entries for this selection.",
    "protocol.count": ("{n} entry", "{n} entries"),
    "protocol.col.seq": "No.",
    "protocol.col.at": "Time (UTC)",
    "protocol.col.actor": "Person",
    "protocol.col.source": "Place",
    "protocol.col.kind": "Kind",
    "protocol.col.networks": "Fachnetzwerke",
    "protocol.col.summary": "Content",
    "protocol.col.detail": "Details (JSON)",
    "protocol.verify": "Check the chain",
    "protocol.verify_ok": "Audit log unchanged: {n} entries, chain complete.",
    "protocol.verify_broken": "Audit log altered! First faulty entry: {entry}",
    "protocol.head": "Head of the audit log: **{head}** (number and hash of the newest entry). "
                     "Noted down, it can be checked at any time with `python -m dashboard audit "
                     "verify --kopf NUMBER:HASH`: this also reveals deleted newest entries.",
    "protocol.head_empty": "The audit log has no entry yet.",
    "protocol.verify_missing": "Audit log altered! {problem}",
    "audit.missing": "Entries missing: head {n} noted, only {m} present (noted in {source}).",
    "audit.rewritten": "Entry no. {n} does not carry the noted hash (head {head}, noted in "
                       "{source}): the audit log was rewritten.",
    "audit.more": "{n} further noted heads are not reached either.",
    "audit.given": "option --kopf",
    "audit.no_head": "No head found outside the database ({file}): whether the newest entries "
                     "were deleted cannot be checked this way.",
    "audit.checked_against": "Checked against the noted head {head} ({source}).",
    # Administration
    "admin.title": "Administration",
    "admin.caption": "Users and roles, reference data. Every change is logged.",
    "admin.tab.users": "Users and roles",
    "admin.tab.mapping": "Missions → focus areas",
    "admin.tab.programmes": "Funding programmes",
    "admin.tab.envelopes": "InvKG funds",
    "admin.tab.districts": "Districts → Revier",
    "admin.tab.plausibility": "Plausibility",
    "admin.plausibility.caption": "Limits the import of project lists checks. field: the column "
                                  "(total_cost_eur, requested_eur, granted_eur, planned_jobs, "
                                  "actual_jobs, planned_apprenticeships, actual_apprenticeships, "
                                  "start_date, end_date, as_of, stage_dates = every stage date); "
                                  "bound: warn_above/warn_below (imported only when confirmed) or "
                                  "refuse_above/refuse_below (refused); threshold: euros, a count "
                                  "or, for dates, a year; reason: the reason the import plan shows.",
    "access.policy.no_role": "Not permitted: “{what}” is not allowed without an assigned role.",
    "access.policy.outside": "Not permitted: the Fachnetzwerk {network} is outside your remit "
                             "({scope}).",
    "access.policy.role": "Not permitted: “{what}” is not allowed for the role {role}.",
    "access.scope.all": "all Fachnetzwerke",
    "access.action.read": "Reading", "access.action.import": "Importing",
    "access.action.undo": "Undoing an import",
    "access.action.export_contacts": "Exporting contact data",
    "access.action.see_personal": "Seeing contact data", "access.action.read_audit": "Reading the log",
    "access.action.decide_pairs": "Deciding on overlaps",
    "access.action.remember_alias": "Remembering import assignments",
    "access.action.edit_reference": "Changing reference data",
    "access.action.import_lists": "Importing funding lists",
    "access.action.edit_settings": "Changing settings",
    "access.action.manage_users": "Managing users and roles",
    "admin.tab.history": "Versions",
    "admin.tab.targets": "Targets",
    "admin.targets.caption": "A changed target is saved as a new version, valid from the chosen "
                             "day; earlier versions are kept and shown on the Impact page.",
    "admin.targets.versions": "Versions of this target (the latest valid one applies):",
    "admin.targets.none": "There is no target for this scope yet.",
    "admin.targets.scope": "Kind of scope",
    "admin.targets.scope.gesamt": "overall",
    "admin.targets.scope.revier": "Revier",
    "admin.targets.scope.land": "Land",
    "admin.targets.scope.invkg_area": "InvKG funding area",
    "admin.targets.scope.focus_area": "Focus area",
    "admin.targets.scope.mission": "Future mission",
    "admin.targets.scope.programme": "Funding programme",
    "admin.targets.start": "Period from",
    "admin.targets.end": "to",
    "admin.targets.save": "Save as a new version",
    "admin.targets.saved": "Target saved: {indicator} · {scope} (a new version; the earlier "
                           "ones are kept).",
    "admin.tab.settings": "Settings",
    "admin.aliases.title": "Remembered import assignments",
    "admin.aliases.caption": "Values a Fachnetzwerk assigned to a code during an import and "
                             "remembered. Later lists of that Fachnetzwerk read them with a "
                             "notice. Removing one is recorded in the log.",
    "admin.aliases.none": "No remembered assignments yet.",
    "admin.aliases.network": "Fachnetzwerk",
    "admin.aliases.column": "Column",
    "admin.aliases.value": "Value",
    "admin.aliases.code": "Read as",
    "admin.aliases.by": "Remembered by",
    "admin.aliases.when": "On",
    "admin.aliases.pick": "Assignment",
    "admin.aliases.option": "{network}: “{value}” → {code} ({column})",
    "admin.aliases.remove": "Remove assignment",
    "admin.aliases.removed": "Removed: “{value}” → {code}.",
    "admin.settings.stale": "A Fachnetzwerk's data count as out of date after … days",
    "admin.settings.stale_preview": "Then {after} of {total} Fachnetzwerke count as out of date "
                                    "(so far {before}).",
    "admin.settings.saved": "Saved: out of date after {days} days.",
    "admin.users.caption": "For identity providers without groups: e-mail → role and "
                           "Fachnetzwerke. Groups from the sign-in take precedence.",
    "admin.users.none": "No entries yet.",
    "admin.users.email": "E-mail",
    "admin.users.role": "Role",
    "admin.users.networks": "Fachnetzwerke (network management only)",
    "admin.users.networks_none": "none (all roles except network management)",
    "admin.users.active": "active",
    "admin.users.note": "Note",
    "admin.users.save": "Save user",
    "admin.users.saved": "Saved: {email} ({role}).",
    "admin.users.remove": "Remove user",
    "admin.users.removed": "Removed: {email}.",
    "admin.users.col.updated_at": "changed",
    "admin.users.col.updated_by": "by",
    "admin.ref.caption": "Changes are checked with the same model as the CSV files. Before "
                         "saving, the preview shows what changes.",
    "admin.ref.preview": "Preview",
    "admin.ref.save": "Save as new version",
    "admin.ref.note": "Reason for the change",
    "admin.ref.changes": "{added} rows new or changed, {removed} removed.",
    "admin.ref.mismatch": "Then {after} count as a possible wrong assignment (so far {before}).",
    "admin.ref.saved": "Saved as version no. {change}.",
    "admin.ref.unchanged": "No change from the current version.",
    "admin.history.none": "No changes made in the app yet.",
    "admin.history.undo": "Undo change",
    "admin.history.which": "Change no.",
    "admin.history.undone": "Change no. {change} undone (new version no. {new}).",
    "admin.col.mission_code": "Mission",
    "admin.col.focus_area_code": "Focus area",
    "admin.col.strength": "Strength",
    "admin.map.primary": "Main focus area",
    "admin.map.secondary": "further focus areas",
    "admin.map.none": "none",
}
