"""Every German sentence of the import, and the two types that carry them (Issue, FileRejected).

Why here and not in ui/texts: the import runs without Streamlit (CLI, the app's socket, tests)
and its sentences are German-only domain messages with many placeholders; ui/texts holds the
page's own labels. One module means one place to review wording, and a test checks that every
key the pipeline uses exists (tests/unit/ingest_pipeline/test_shape.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

LIST_CUT = 20   # "Erlaubt sind: …" names at most this many choices

TEXT: dict[str, str] = {
    # -- the file (step bytes -> Grid) ---------------------------------------------------------
    "file.empty": "Die Datei {file} ist leer.",
    "file.too_big": "Die Datei {file} ist mit {size} MB zu groß; höchstens {limit} MB werden angenommen.",
    "file.not_excel": "Die Datei {file} ist keine Excel- oder CSV-Datei; ihr Inhalt passt nicht zur "
                      "Dateiendung. Bitte die Originaldatei hochladen.",
    "file.binary_csv": "Die Datei {file} ist keine lesbare CSV-Datei.",
    "file.protected": "Die Datei {file} ist mit einem Kennwort geschützt. Bitte den Kennwortschutz in "
                      "Excel entfernen (Datei › Informationen › Arbeitsmappe schützen) und erneut "
                      "hochladen.",
    "file.corrupt": "Die Datei {file} ist beschädigt oder unvollständig und kann nicht gelesen "
                    "werden. Bitte die Datei in Excel öffnen, neu speichern und erneut hochladen.",
    "file.zip_not_book": "Die Datei {file} ist keine Excel-Arbeitsmappe (ein ZIP-Archiv ohne "
                         "Tabellenblätter).",
    "file.dtd": "Die Datei {file} enthält unzulässige XML-Definitionen (DOCTYPE/ENTITY) und wird "
                "aus Sicherheitsgründen nicht gelesen.",
    "file.bomb": "Die Datei {file} wird nicht gelesen: entpackt wäre sie unverhältnismäßig groß "
                 "(höchstens {limit} MB und {entries} Teile sind erlaubt).",
    "file.encoding": "Die Zeichenkodierung der Datei {file} wurde nicht erkannt; bitte als „CSV UTF-8“ "
                     "speichern.",
    "file.csv_broken": "Die CSV-Datei {file} ist fehlerhaft aufgebaut und kann nicht gelesen werden.",
    "file.no_data": "Die Datei {file} enthält keine Daten.",
    "file.all_empty": "Die Datei {file} enthält keine Daten (alle Blätter sind leer).",
    "file.too_many_rows": "Die Datei {file} hat mehr als {limit} Datenzeilen; bitte in kleinere "
                          "Listen aufteilen.",
    # -- sheet, header, columns (Grid -> Located) ---------------------------------------------
    "sheet.unknown": "Das Blatt „{sheet}“ gibt es in der Datei {file} nicht. Vorhanden: {names}.",
    "sheet.no_header": "In der Datei {file} wurde keine Kopfzeile mit bekannten Spalten gefunden "
                       "(z. B. Projekttitel, Revier, Entwicklungsschwerpunkt). Bitte die Vorlage "
                       "verwenden.",
    "sheet.hidden": "Das ausgeblendete Blatt „{sheet}“ wurde nicht gelesen.",
    "sheet.other_list": "Das Blatt „{sheet}“ enthält ebenfalls eine Projektliste und wurde nicht "
                        "gelesen. Gelesen wurde nur „{chosen}“.",
    "sheet.other_list_hint": "Zum Lesen das Blatt auswählen (Kommandozeile: --sheet „{sheet}“).",
    "rows.above_header": "Über der Kopfzeile (Zeile {header}) steht Text, der nicht übernommen "
                         "wird: {cells}.",
    "column.unknown": "Die Spalte „{header}“ ist unbekannt und wird nicht übernommen.",
    "column.unknown_values": "Die Spalte „{header}“ ist unbekannt; {values} nicht gespeichert.",
    "column.unknown_looks": "Die Spalte „{header}“ sieht nach {kind} aus, wird aber nicht erkannt: "
                            "{values} nicht gespeichert.",
    "column.unknown_looks_hint": "Spalte umbenennen wie in der Vorlage, z. B. „{examples}“.",
    "column.no_header": "Spalte {letter} hat keine Überschrift; {values} nicht gespeichert.",
    "column.no_header_hint": "Eine Überschrift wie in der Vorlage eintragen oder die Werte löschen.",
    "column.duplicate": "Die Spalte „{header}“ kommt doppelt vor (schon in Spalte {first}) und wurde "
                        "nicht gelesen.",
    "column.duplicate_values": "Die Spalte „{header}“ kommt doppelt vor (schon in Spalte {first}); "
                               "{values} nicht gespeichert.",
    "column.scaled": "Die Beträge in „{header}“ sind in {unit} Euro angegeben und werden mit "
                     "{factor} multipliziert.",
    "column.required_missing": "Die Pflichtspalte „{header}“ fehlt.",
    "column.required_hint": "Spalte ergänzen (siehe Vorlage).",
    "kind.amount": "Beträgen",
    "kind.date": "Datumsangaben",
    # -- rows and cells (Located -> Parsed) -----------------------------------------------------
    "rows.truncated": "Nach vielen leeren Zeilen wurde das Lesen in Zeile {row} beendet; weiter unten "
                      "stehende Einträge wurden nicht gelesen.",
    "rows.totals": "Zeile {row} („{text}“) ist eine Summenzeile und wurde übersprungen.",
    "rows.footnote": "Zeile {row} („{text}“) ist eine Anmerkung unter der Tabelle und wurde "
                     "übersprungen.",
    "rows.merged": "In Spalte {letter} ({header}) sind Zellen über mehrere Zeilen verbunden "
                   "(Zeilen {ranges}); ihr Wert gilt für jede dieser Zeilen.",
    "cell.excel_error": "Die Zelle enthält den Excel-Fehler {value}; bitte die Formel prüfen.",
    "cell.not_date": "„{value}“ ist kein Datum. Erwartet wird TT.MM.JJJJ, z. B. 31.12.2025.",
    "cell.no_such_day": "„{value}“ ist kein gültiges Datum (diesen Tag gibt es nicht).",
    "cell.number_not_date": "Die Zahl {value} ist kein Datum. Erwartet wird TT.MM.JJJJ.",
    "cell.date_range": "Das Datum {value} liegt außerhalb des plausiblen Zeitraums {low}–{high}.",
    "cell.bare_year": "„{value}“ ist nur eine Jahreszahl; es wird ein vollständiges Datum "
                      "gebraucht.",
    "cell.bare_year_hint": "Meinten Sie 01.01.{year} (Jahresbeginn) oder 31.12.{year} (Jahresende)? "
                           "Bitte das Datum eintragen.",
    "cell.not_amount": "„{value}“ ist kein Betrag.",
    "cell.not_amount_text": "„{value}“ ist kein Betrag. Erwartet wird z. B. 1.250.000,00 € oder 85 T€.",
    "cell.negative_amount": "Der Betrag {value} ist negativ; Beträge müssen 0 oder größer sein.",
    "cell.huge_amount": "Der Betrag {value} ist zu groß; höchstens {limit} können gespeichert werden.",
    "cell.huge_amount_hint": "Einheit prüfen (Euro, T€ oder Mio. €).",
    "cell.not_integer": "„{value}“ ist keine ganze Zahl.",
    "cell.negative_integer": "Die Zahl {value} ist negativ; erlaubt sind 0 oder mehr.",
    "cell.huge_integer": "Die Zahl {value} ist zu groß; höchstens {limit} können gespeichert werden.",
    "cell.not_bool": "„{value}“ ist kein Ja/Nein-Wert.",
    "cell.bool_hint": "Erlaubt sind: ja, nein, x oder leer.",
    "cell.not_marker": "„{value}“ ist kein gültiger Themenmarker.",
    "cell.marker_hint": "Erlaubt sind: 0 (nicht adressiert), 1 (signifikant), 2 (Hauptziel).",
    "cell.not_status": "„{value}“ ist kein gültiger Status.",
    "ref.unknown": "„{value}“ ist kein bekannter Wert für {label}.",
    "ref.ambiguous": "„{value}“ passt zu mehreren Werten für {label}.",
    "ref.historic": "„{value}“ ist ein früherer Kreisname; heute heißt der Kreis {today}.",
    "ref.historic_outside": "„{value}“ ist ein früherer Kreisname; der Kreis liegt heute in "
                            "{today} und gehört zu keinem Revier.",
    "ref.did_you_mean": "Meinten Sie: {options}?",
    "ref.allowed": "Erlaubt sind: {options}.",
    "ref.allowed_cut": "Erlaubt sind: {options} … und {more} weitere.",
    "ref.use_today": "„{today}“ eintragen.",
    # -- rows checked (Parsed -> Checked) ------------------------------------------------------
    "id.no_column": "Die Datei hat keine Spalte „Projekt-ID“: jedes Projekt wird über Titel und "
                    "Projektträger erkannt (Schlüssel „K-…“). Ein geänderter Titel oder Träger gilt "
                    "dann als neues Projekt.",
    "id.no_column_hint": "Spalte „Projekt-ID“ ergänzen (siehe Vorlage).",
    "id.twice": "Das Projekt {pid} steht mehrfach in der Datei (Zeilen {rows}).",
    "id.twice_hint": "Doppelte Zeilen zusammenführen oder eine davon löschen.",
    "required.column": "Die Pflichtspalte „{header}“ fehlt; ohne sie kann keine Zeile übernommen "
                       "werden.",
    "required.cell": "Pflichtangabe „{header}“ fehlt.",
    "stage.default": "Für {n} neue Projekte ist keine Prüfstufe angegeben (Zeilen {rows}); sie werden "
                     "als „{stage}“ übernommen.",
    "stage.default_one": "Für 1 neues Projekt ist keine Prüfstufe angegeben (Zeile {rows}); es wird "
                         "als „{stage}“ übernommen.",
    "stage.default_hint": "Eine Prüfstufe oder das Datum der erreichten Stufe eintragen, wenn das "
                          "nicht stimmt.",
    "stage.order": "{later} ({later_date}) liegt vor {earlier} ({earlier_date}); die Prüfstufen müssen "
                   "in dieser Reihenfolge durchlaufen werden.",
    "stage.order_hint": "Datumsangaben prüfen.",
    "stage.dates_after": "Für {listed} ist ein Datum eingetragen, die Prüfstufe ist aber „{stage}“.",
    "stage.dates_after_hint": "Prüfstufe auf „{latest}“ setzen oder die späteren Daten löschen.",
    "exit.active": "„Ausgeschieden am“ ist ausgefüllt, der Status ist aber „aktiv“.",
    "exit.active_hint": "Status (zurückgestellt, abgelehnt, zurückgezogen) eintragen oder das Datum "
                        "löschen.",
    "exit.before": "Das Ausscheiden ({date}) liegt vor dem letzten Meilenstein.",
    "exit.no_date": "Das Datum des Ausscheidens fehlt; das Ausscheiden wird ohne Datum nicht in der "
                    "Prüfstufen-Historie vermerkt.",
    "exit.no_date_hint": "„Ausgeschieden am“ eintragen.",
    "similar.existing": "Das neue Projekt ähnelt {pid} zu {pct} % ({reasons}).",
    "similar.existing_hint": "Prüfen, ob es dasselbe Projekt ist: dann dessen Projekt-ID "
                             "eintragen (Seite Projekte: projekte?projekt={pid}).",
    "similar.skipped": "Die Liste hat {n} neue Projekte; bei mehr als {limit} wird beim Planen "
                       "nicht auf ähnliche gespeicherte Projekte geprüft. Die Seite Vernetzung "
                       "zeigt mögliche Überschneidungen nach dem Übernehmen.",
    "amount.granted_over_requested": "Die bewilligte Förderung ({granted}) ist höher als die "
                                     "beantragte ({requested}).",
    "amount.granted_over_total": "Die bewilligte Förderung ({granted}) ist höher als die "
                                 "Gesamtkosten ({total}).",
    "amount.requested_over_total": "Die beantragte Förderung ({requested}) ist höher als die "
                                   "Gesamtkosten ({total}).",
    "amount.hint": "Beträge prüfen oder in „Betragsabweichung begründet“ „ja“ eintragen.",
    "dates.end_before_start": "Das Projektende ({end}) liegt vor dem Projektbeginn ({start}).",
    "dates.end_before_start_hint": "Projektbeginn und -ende prüfen.",
    "place.district_revier": "{district} gehört nicht zum Revier „{revier}“, sondern zu "
                             "„{actual}“.",
    "place.district_revier_hint": "Revier oder Landkreis korrigieren.",
    "place.no_network": "Im Revier „{revier}“ gibt es kein Fachnetzwerk für „{focus}“.",
    "place.no_network_hint": "Entwicklungsschwerpunkt oder Revier korrigieren.",
    "mission.twice": "Die Hauptmission {mission} steht auch unter den weiteren Missionen.",
    "mission.twice_hint": "{mission} bei den weiteren Missionen streichen.",
    "model.string_too_long": "Der Text ist zu lang (höchstens {max_length} Zeichen).",
    "model.string_too_short": "Der Text darf nicht leer sein.",
    "model.greater_than_equal": "Der Wert darf nicht negativ sein.",
    "model.missing": "Pflichtangabe fehlt.",
    "model.literal_error": "Ungültiger Wert; erlaubt: {expected}.",
    "model.other": "Ungültiger Wert.",
    "row.faulty": "Zeile fehlerhaft.",
    # -- the plan (Checked -> ImportPlan) --------------------------------------------------------
    "plan.same_file": "Diese Datei wurde bereits am {when} als Import Nr. {batch} übernommen.",
    "plan.same_file_undone": "Diese Datei wurde bereits am {when} als Import Nr. {batch} übernommen "
                             "(inzwischen rückgängig gemacht).",
    "event.reached": "{stage} erreicht am {date}",
    "event.exited": "{stage} ausgeschieden ({reason}) am {date}",
    "event.basis_stand": " (Datum der Stufe nicht angegeben: Stand der Liste)",
    "event.basis_import": " (Datum der Stufe nicht angegeben: Tag des Imports)",
    "event.history": "Prüfstufen-Historie",
    # -- commit and undo ---------------------------------------------------------------------
    "commit.errors": "Die Datei enthält {n} Fehler; es wurde nichts übernommen. Fehler beheben oder "
                     "nur die gültigen Zeilen übernehmen.",
    "commit.nothing": "Die Datei enthält keine Änderung gegenüber den gespeicherten Projekten; es "
                      "wurde nichts übernommen.",
    "commit.interrupted": "Der Import wurde abgebrochen; es wurde nichts übernommen.",
    "scope.outside": "Fachnetzwerk {network} liegt außerhalb Ihrer Zuständigkeit ({scope}); die "
                     "Zeile wird nicht übernommen.",
    "scope.stored": "Das Projekt gehört zum Fachnetzwerk {network}; es liegt außerhalb Ihrer "
                    "Zuständigkeit ({scope}) und wird nicht geändert.",
    "scope.import_denied": "Keine Berechtigung: Importieren ist der Rolle {role} nicht erlaubt.",
    "undo.scope": "Import Nr. {batch} kann nicht rückgängig gemacht werden: er betrifft Projekte "
                  "des Fachnetzwerks {networks}, das außerhalb Ihrer Zuständigkeit liegt.",
    "undo.denied": "Keine Berechtigung: Rückgängigmachen ist der Rolle {role} nicht erlaubt.",
    "undo.unknown": "Einen Import Nr. {batch} gibt es nicht.",
    "undo.not_import": "Vorgang Nr. {batch} ist kein Import und kann nicht rückgängig gemacht werden.",
    "undo.already": "Import Nr. {batch} wurde bereits rückgängig gemacht (Vorgang Nr. {by}).",
    "undo.blocked": "Import Nr. {batch} kann nicht rückgängig gemacht werden: spätere Importe ({later}) "
                    "haben {n} seiner Projekte geändert. Zuerst diese rückgängig machen.",
    "undo.done": "Import Nr. {batch} wurde rückgängig gemacht (Vorgang Nr. {undo}).",
    "undo.note": "Import Nr. {batch} rückgängig gemacht",
    "archive.swept": "Archiv {folder}: {n} unvollständige Datei(en) aus abgebrochenen Importen "
                     "aufgeräumt ({names}).",
    "archive.completed": "Archiv {folder}: Datei von Import Nr. {batch} nach Abbruch vervollständigt.",
}


def as_text(raw: Any) -> str:
    """A cell as the user sees it: 17.0 -> '17', dates as 31.12.2025."""
    if isinstance(raw, bool):
        return "WAHR" if raw else "FALSCH"
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e15 else str(raw).replace(".", ",")
    if isinstance(raw, datetime):
        return raw.strftime("%d.%m.%Y") if raw.time() == datetime.min.time() else raw.strftime("%d.%m.%Y %H:%M")
    if isinstance(raw, date):
        return raw.strftime("%d.%m.%Y")
    return str(raw).strip()


def say(key: str, **values: object) -> str:
    """The German sentence `key` with its placeholders filled."""
    return TEXT[key].format(**values) if values else TEXT[key]


def n_values(n: int) -> str:
    """'ihr Wert wird' / 'ihre 1.234 Werte werden' (for '… nicht gespeichert')."""
    return "ihr Wert wird" if n == 1 else f"ihre {n:,} Werte werden".replace(",", ".")


def choices(options: list[str], *, limit: int = LIST_CUT) -> str:
    """'Erlaubt sind: a, b, c.' - every option, or the first `limit` and how many more."""
    if len(options) <= limit:
        return say("ref.allowed", options=", ".join(options))
    return say("ref.allowed_cut", options=", ".join(options[:limit]), more=len(options) - limit)


def did_you_mean(options: list[str]) -> str:
    """'Meinten Sie: a oder b?' / 'Meinten Sie: a, b oder c?'."""
    joined = " oder ".join(options) if len(options) <= 2 else (
        ", ".join(options[:-1]) + " oder " + options[-1])
    return say("ref.did_you_mean", options=joined)


def row_ranges(rows: list[int], limit: int = 12) -> str:
    """[2, 3, 4, 7] -> '2–4, 7' (at most `limit` ranges, then '…')."""
    ranges: list[str] = []
    start = prev = None
    for r in sorted(rows):
        if prev is not None and r == prev + 1:
            prev = r
            continue
        if start is not None:
            ranges.append(f"{start}–{prev}" if prev != start else str(start))
        start = prev = r
    if start is not None:
        ranges.append(f"{start}–{prev}" if prev != start else str(start))
    return ", ".join(ranges[:limit]) + (" …" if len(ranges) > limit else "")


@dataclass(frozen=True)
class Issue:
    """One problem (error stops the row, warning does not), with where it is and what to do."""

    severity: Literal["error", "warning"]
    message: str                      # German sentence
    file: str
    sheet: str | None = None
    row: int | None = None            # row number as Excel shows it (1-based)
    column: str | None = None         # header text as in the file
    column_letter: str | None = None  # "A", "B", ... "AA"
    value: str | None = None          # offending value as text
    suggestion: str | None = None     # e.g. "Meinten Sie: M02 Wasserstoffmodellregion Sachsen?"

    def location(self) -> str:
        """German: 'Datei x.xlsx, Blatt Projekte, Zeile 7, Spalte C (Revier)'."""
        parts = [f"Datei {self.file}"]
        if self.sheet:
            parts.append(f"Blatt {self.sheet}")
        if self.row is not None:
            parts.append(f"Zeile {self.row}")
        if self.column_letter and self.column:
            parts.append(f"Spalte {self.column_letter} ({self.column})")
        elif self.column_letter or self.column:
            parts.append(f"Spalte {self.column_letter or self.column}")
        return ", ".join(parts)


class HasIssues:
    """Errors and warnings of a result with an `issues` list (plans and reads of uploads)."""
    issues: list[Issue]

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "warning"]

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)


def errors_first(issues: list[Issue]) -> list[Issue]:
    """Errors before warnings; each group keeps its order (file notices, then by row)."""
    return sorted(issues, key=lambda i: i.severity != "error")


class FileRejected(Exception):
    """The whole file is refused; .message is one German sentence naming the file."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
