"""The import's sentences in English: the same keys and {placeholders} as ingest_de.DE
(tests/unit/ingest_english/test_message_languages.py fails on a missing key or placeholder).

What stays German inside them, on purpose: the column headers of the file ("Projekttitel",
"Ausgeschieden am" – the template's data contract, the reader finds them), the values a person
types into a cell that the reader accepts (ja/nein, aktiv, zurückgestellt, T€, Mio. €, dates as
DD.MM.YYYY) and reference names (Reviere, missions, stages: data/reference has no English).
Glossary as in texts (Revier, Fachnetzwerk stay; Prüfstufe = review stage)."""

from __future__ import annotations

EN: dict[str, str] = {
    # -- the file (step bytes -> Grid) ---------------------------------------------------------
    "file.empty": "The file {file} is empty.",
    "file.too_big": "The file {file} is too large at {size} MB; at most {limit} MB are accepted. "
                    "Please split it into smaller lists, e.g. one per Revier or Fachnetzwerk.",
    "file.not_excel": "The file {file} is not an Excel or CSV file; its content does not match the "
                      "file extension. Please upload the original file.",
    "file.binary_csv": "The file {file} is not a readable CSV file.",
    "file.protected": "The file {file} is protected by a password. Please remove the password "
                      "protection in Excel (File › Info › Protect Workbook) and upload it again.",
    "file.corrupt": "The file {file} is damaged or incomplete and cannot be read. Please open the "
                    "file in Excel, save it again and upload it again.",
    "file.zip_not_book": "The file {file} is not an Excel workbook (a ZIP archive without "
                         "worksheets).",
    "file.dtd": "The file {file} contains forbidden XML definitions (DOCTYPE/ENTITY) and is not "
                "read, for security reasons.",
    "file.bomb": "The file {file} is not read: unpacked, it would be disproportionately large (at "
                 "most {limit} MB and {entries} parts are allowed).",
    "file.encoding": "The character encoding of the file {file} was not recognised; please save it "
                     "as “CSV UTF-8”.",
    "file.csv_broken": "The CSV file {file} is malformed and cannot be read.",
    "file.no_data": "The file {file} contains no data.",
    "file.all_empty": "The file {file} contains no data (all sheets are empty).",
    "file.too_many_rows": "The file {file} has more than {limit} data rows; please split it into "
                          "smaller lists.",
    # -- sheet, header, columns (Grid -> Located) ---------------------------------------------
    "sheet.unknown": "The file {file} has no sheet “{sheet}”. Its sheets: {names}.",
    "sheet.no_header": "No header row with known columns was found in the file {file} (for "
                       "example Projekttitel, Revier, Entwicklungsschwerpunkt). Please use the "
                       "template.",
    "sheet.hidden": "The hidden sheet “{sheet}” was not read.",
    "sheet.other_list": "The sheet “{sheet}” also holds a project list and was not read. Only "
                        "“{chosen}” was read.",
    "sheet.other_list_hint": "To read it, choose that sheet (command line: --sheet “{sheet}”).",
    "rows.above_header": "Above the header row (row {header}) there is text that is not "
                         "imported: {cells}.",
    "column.unknown": "The column “{header}” is unknown and is not imported.",
    "column.unknown_values": "The column “{header}” is unknown; {values} not stored.",
    "column.unknown_looks": "The column “{header}” looks like {kind} but is not recognised: "
                            "{values} not stored.",
    "column.unknown_looks_hint": "Rename the column as in the template, for example “{examples}”.",
    "column.no_header": "Column {letter} has no header; {values} not stored.",
    "column.no_header_hint": "Enter a header as in the template or delete the values.",
    "column.duplicate": "The column “{header}” appears twice (already in column {first}) and was "
                        "not read.",
    "column.duplicate_values": "The column “{header}” appears twice (already in column {first}); "
                               "{values} not stored.",
    "column.scaled": "The amounts in “{header}” are given in {unit} euros and are multiplied by "
                     "{factor}.",
    "column.required_missing": "The required column “{header}” is missing.",
    "column.required_hint": "Add the column (see the template).",
    "kind.amount": "amounts",
    "kind.date": "dates",
    # -- rows and cells (Located -> Parsed) -----------------------------------------------------
    "rows.truncated": "After many empty rows, reading stopped at row {row}; entries further down "
                      "were not read.",
    "rows.totals": "Row {row} (“{text}”) is a totals row and was skipped.",
    "rows.footnote": "Row {row} (“{text}”) is a note below the table and was skipped.",
    "rows.section": "Row {row} (“{text}”) is a section heading, not a project, and was not "
                    "read as a project.",
    "rows.section_applied": "Row {row} (“{text}”) is a section heading, not a project; it applies "
                            "to {fields} in {rows}, where nothing was given.",
    "rows.section_one": "row {rows}",
    "rows.section_many": "rows {rows}",
    "rows.section_conflict": "The row stands under the section heading “{text}” (row {row}) but "
                             "gives another value for {header}; the row's value applies.",
    "rows.section_conflict_hint": "Check that the row stands under the right heading.",
    "rows.merged": "In column {letter} ({header}) cells are merged across several rows (rows "
                   "{ranges}); their value applies to each of these rows.",
    "cell.unsaved": "Formula without a saved value ({formula}): what Excel shows here "
                     "is not in the file.",
    "cell.unsaved_hint": "Please open the file in Excel and save it (the value is then "
                          "saved), or enter the value.",
    "cell.excel_error": "The cell holds the Excel error {value}; please check the formula.",
    "cell.not_date": "“{value}” is not a date. Expected is DD.MM.YYYY, for example 31.12.2025.",
    "cell.no_such_day": "“{value}” is not a valid date (that day does not exist).",
    "cell.number_not_date": "The number {value} is not a date. Expected is DD.MM.YYYY.",
    "cell.date_range": "The date {value} lies outside the plausible period {low}–{high}.",
    "cell.bare_year": "“{value}” is only a year; a complete date is needed.",
    "cell.bare_year_hint": "Did you mean 01.01.{year} (start of the year) or 31.12.{year} (end of "
                           "the year)? Please enter the date.",
    "cell.not_amount": "“{value}” is not an amount.",
    "cell.not_amount_text": "“{value}” is not an amount. Expected is, for example, 1.250.000,00 € "
                            "(German format) or 85 T€.",
    "cell.negative_amount": "The amount {value} is negative; amounts must be 0 or more.",
    "cell.huge_amount": "The amount {value} is too large; at most {limit} can be stored.",
    "cell.huge_amount_hint": "Check the unit (euros, T€ or Mio. €).",
    "cell.ambiguous_amount": "“{value}” is ambiguous: {small} {unit} ({small_eur}) or {big} {unit} "
                             "({big_eur}); neither reading is chosen.",
    "cell.ambiguous_amount_hint": "Enter it unambiguously: “{small}” or “{big}” (or enter the amount "
                                  "as a number).",
    "cell.rounded": "The amount {value} has more than two decimal places; it is imported rounded to "
                    "whole cents: {rounded}.",
    "cell.blank_mark": "“{value}” in column {letter} ({header}) means “not given” and is read as "
                       "empty: row {rows}.",
    "cell.blank_marks": "“{value}” in column {letter} ({header}) means “not given” and is read as "
                        "empty: {n} cells, rows {rows}.",
    "cell.not_integer": "“{value}” is not a whole number.",
    "cell.negative_integer": "The number {value} is negative; 0 or more is allowed.",
    "cell.huge_integer": "The number {value} is too large; at most {limit} can be stored.",
    "cell.not_bool": "“{value}” is not a yes/no value.",
    "cell.bool_hint": "Allowed: ja (yes), nein (no), x or empty.",
    "cell.not_marker": "“{value}” is not a valid theme marker.",
    "cell.marker_hint": "Allowed: 0 (not addressed), 1 (significant), 2 (principal aim).",
    "cell.not_status": "“{value}” is not a valid status.",
    "ref.unknown": "“{value}” is not a known value for {label}.",
    "ref.ambiguous": "“{value}” matches several values for {label}.",
    "ref.historic": "“{value}” is a former district name; today the district is called {today}.",
    "ref.historic_outside": "“{value}” is a former district name; today the district lies in "
                            "{today} and belongs to no Revier.",
    "ref.several": "“{value}” names several values for {label}; the column takes only one.",
    "ref.use_list_column": "Enter only the main mission ({first}) here and the others ({rest}) in the column “{column}”.",
    "decision.malformed": "“{text}” is not an assignment; expected VALUE=CODE, e.g. “Wirkstoffentwicklung=M05”.",
    "decision.unknown_code": "In “{text}”, “{code}” is not a known code (e.g. M05, F3, LR, IDEE).",
    "decision.alias_used": "“{value}” in column {column} was read as {code}: remembered assignment of the Fachnetzwerk {networks} ({n} cells, rows {rows}).",
    "decision.alias_denied": "The assignment “{value}” → {code} cannot be remembered for the Fachnetzwerk {network}: only its network management and Administration may do that.",
    "decision.alias_no_network": "The assignment “{value}” → {code} cannot be remembered: its rows belong to no Fachnetzwerk (Revier and focus area are missing).",
    "ref.only_one": "Enter only one value: {options}.",
    "ref.did_you_mean": "Did you mean: {options}?",
    "ref.allowed": "Allowed: {options}.",
    "ref.allowed_cut": "Allowed: {options} … and {more} more.",
    "ref.place_in": "“{value}” is not a district but a place in {district}.",
    "ref.outside_reviere": "“{value}” lies outside the Reviere: {district} ({land}).",
    "ref.outside_reviere_hint": "A project belongs to a district of the Reviere; please check "
                                "the district (or leave the project out of this list).",
    "ref.use_today": "Enter “{today}”.",
    # -- rows checked (Parsed -> Checked) ------------------------------------------------------
    "id.no_column": "The file has no column “Projekt-ID”: each project is recognised by its title "
                    "and sponsor (key “K-…”). A changed title or sponsor then counts as a new "
                    "project.",
    "id.no_column_hint": "Add the column “Projekt-ID” (see the template).",
    "id.twice": "The project {pid} appears more than once in the file (rows {rows}).",
    "id.twice_hint": "Merge the duplicate rows or delete one of them.",
    "required.column": "The required column “{header}” is missing; without it no row can be "
                       "imported.",
    "required.cell": "The required value “{header}” is missing.",
    "stage.default": "{n} new projects have no review stage (rows {rows}); they are imported as "
                     "“{stage}”.",
    "stage.default_one": "1 new project has no review stage (row {rows}); it is imported as "
                         "“{stage}”.",
    "stage.default_hint": "Enter a review stage or the date of the stage reached if that is not "
                          "right.",
    "stage.order": "{later} ({later_date}) is before {earlier} ({earlier_date}); the review stages "
                   "must be passed in this order.",
    "stage.order_hint": "Check the dates.",
    "stage.dates_after": "A date is entered for {listed}, but the review stage is “{stage}”.",
    "stage.dates_after_hint": "Set the review stage to “{latest}” or delete the later dates.",
    "exit.active": "“Ausgeschieden am” (exited on) is filled in, but the status is “aktiv” "
                   "(active).",
    "exit.active_hint": "Enter a status (zurückgestellt = on hold, abgelehnt = rejected, "
                        "zurückgezogen = withdrawn) or delete the date.",
    "exit.before": "The exit ({date}) is before the last milestone.",
    "exit.no_date": "The exit date is missing; without a date the exit is not recorded in the "
                    "review stage history.",
    "exit.no_date_hint": "Enter “Ausgeschieden am” (exited on).",
    "similar.existing": "The new project resembles {pid} by {pct}% ({reasons}).",
    "similar.existing_hint": "Check whether it is the same project: if so, enter its project ID "
                             "(Projects page: projekte?projekt={pid}).",
    "similar.skipped": "The list has {n} new projects; with more than {limit}, planning does not "
                       "look for similar stored projects. The Networking page shows possible "
                       "overlaps after the import.",
    "amount.granted_over_requested": "The granted funding ({granted}) is higher than the "
                                     "requested funding ({requested}).",
    "amount.granted_over_total": "The granted funding ({granted}) is higher than the total cost "
                                 "({total}).",
    "amount.requested_over_total": "The requested funding ({requested}) is higher than the total "
                                   "cost ({total}).",
    "amount.hint": "Check the amounts or enter “ja” in “Betragsabweichung begründet” (deviation "
                   "justified).",
    "plausible.refuse_above": "{value} is above the upper limit of {limit} and is not imported. "
                              "{reason}",
    "plausible.refuse_below": "{value} is below the lower limit of {limit} and is not imported. "
                              "{reason}",
    "plausible.warn_above": "{value} is above the usual maximum of {limit}: {reason} The value is "
                            "imported only when confirmed.",
    "plausible.warn_below": "{value} is below the usual minimum of {limit}: {reason} The value is "
                            "imported only when confirmed.",
    "plausible.date_refuse_above": "The date {value} is after {limit} and is not imported. {reason}",
    "plausible.date_refuse_below": "The date {value} is before {limit} and is not imported. {reason}",
    "plausible.date_warn_above": "The date {value} is after {limit}: {reason} It is imported only "
                                 "when confirmed.",
    "plausible.date_warn_below": "The date {value} is before {limit}: {reason} It is imported only "
                                 "when confirmed.",
    "plausible.refuse_hint": "Check the value (for amounts also the unit). If it is right, "
                             "Administration can change the limit (Administration › Plausibility).",
    "plausible.warn_hint": "Check the value (for amounts also the unit). If it is right, tick "
                           "“Confirm unusual values” (command line: --plausibel-bestaetigt).",
    "dates.end_before_start": "The project end ({end}) is before the project start ({start}).",
    "dates.end_before_start_hint": "Check the project start and end.",
    "place.district_revier": "{district} does not belong to the Revier “{revier}” but to "
                             "“{actual}”.",
    "place.district_revier_hint": "Correct the Revier or the district.",
    "town.outside": "The municipality “{value}” lies outside the Reviere: {district} ({land}).",
    "town.outside_hint": "Check the municipality; the text is taken as entered.",
    "town.other_district": "The municipality “{value}” does not lie in {district} but in "
                           "{actual}.",
    "town.other_district_hint": "Check municipality or district; both are taken as entered.",
    "place.no_network": "The Revier “{revier}” has no Fachnetzwerk for “{focus}”.",
    "place.no_network_hint": "Correct the focus area or the Revier.",
    "mission.twice": "The main mission {mission} is also listed among the further missions.",
    "mission.twice_hint": "Remove {mission} from the further missions.",
    "model.string_too_long": "The text is too long (at most {max_length} characters).",
    "model.string_too_short": "The text must not be empty.",
    "model.greater_than_equal": "The value must not be negative.",
    "model.missing": "A required value is missing.",
    "model.literal_error": "Invalid value; allowed: {expected}.",
    "model.other": "Invalid value.",
    "row.faulty": "The row has errors.",
    # -- the plan (Checked -> ImportPlan) --------------------------------------------------------
    "plan.same_file": "This file was already imported on {when} as import no. {batch}.",
    "plan.same_file_undone": "This file was already imported on {when} as import no. {batch} "
                             "(undone since).",
    "event.reached": "{stage} reached on {date}",
    "event.exited": "{stage} exited ({reason}) on {date}",
    "event.basis_stand": " (date of the stage not given: the list's as-of date)",
    "event.basis_import": " (date of the stage not given: the day of the import)",
    "event.history": "Review stage history",
    # -- commit and undo ---------------------------------------------------------------------
    "commit.errors": "The file contains {n} errors; nothing was imported. Fix the errors or import "
                     "only the valid rows.",
    "commit.nothing": "The file contains no change against the stored projects; nothing was "
                      "imported.",
    "commit.interrupted": "The import was interrupted; nothing was imported.",
    "commit.unconfirmed": "The file contains {n} unusual values that were not confirmed; nothing was "
                          "imported. Check and confirm the values (command line: "
                          "--plausibel-bestaetigt).",
    "scope.outside": "Fachnetzwerk {network} is outside your responsibility ({scope}); the row is "
                     "not imported.",
    "scope.stored": "The project belongs to Fachnetzwerk {network}; it is outside your "
                    "responsibility ({scope}) and is not changed.",
    "scope.import_denied": "Not permitted: the role {role} may not import.",
    "undo.scope": "Import no. {batch} cannot be undone: it concerns projects of Fachnetzwerk "
                  "{networks}, which is outside your responsibility.",
    "undo.denied": "Not permitted: the role {role} may not undo imports.",
    "undo.unknown": "There is no import no. {batch}.",
    "undo.not_import": "Operation no. {batch} is not an import and cannot be undone.",
    "undo.already": "Import no. {batch} has already been undone (operation no. {by}).",
    "undo.blocked": "Import no. {batch} cannot be undone: later imports ({later}) changed {n} of "
                    "its projects. Undo those first.",
    "undo.done": "Import no. {batch} was undone (operation no. {undo}).",
    "undo.note": "Import no. {batch} undone",
    "archive.swept": "Archive {folder}: {n} incomplete file(s) from interrupted imports cleaned up "
                     "({names}).",
    "archive.completed": "Archive {folder}: file of import no. {batch} completed after an "
                         "interruption.",
    # -- fragments the helpers put into sentences ------------------------------------------------
    "quote": "“{text}”",
    "word.or": "or",
    "word.and": "and",
    "word.more": "… and {n} more",
    "word.value_one": "its value is",
    "word.values": "its {n} values are",
    "word.no_header": "no header",
    "word.none": "none",
    "word.thousand": "thousand",
    "word.million": "million",
    "word.billion": "billion",
    "unit.thousand": "€ thousand",
    "unit.million": "€ million",
    "unit.billion": "€ billion",
    "word.batch": "no. {batch}",
    "cell.true": "TRUE",
    "cell.false": "FALSE",
    "where.file": "File {file}",
    "where.sheet": "sheet {sheet}",
    "where.row": "row {row}",
    "where.column": "column {column}",
    "where.column_named": "column {letter} ({header})",
    "ref.outside": "a district outside the Reviere",
    "ref.label.missions": "mission (Zukunftsmission)",
    "ref.label.focus_areas": "focus area (Entwicklungsschwerpunkt)",
    "ref.label.reviere": "Revier",
    "ref.label.stages": "review stage (Prüfstufe)",
    "ref.label.programmes": "funding programme (Förderprogramm)",
    "ref.label.sponsor_types": "sponsor type (Trägerart)",
    "ref.label.districts": "district (Landkreis)",
    "ref.label.invkg_areas": "InvKG funding area (§ 4(1))",
    "hint.amount_examples": "Gesamtkosten (€)”, “Beantragte Förderung (€)",
    "hint.date_examples": "Projektbeginn”, “Datum Fachnetzwerk",
}
