"""Texts of the Finanzen and Wirkung pages (issue 15)."""

DE = {
    "nav.finanzen": "Finanzen",
    "nav.wirkung": "Wirkung",
    "finanzen.title": "Finanzen",
    "finanzen.caption": "Wie schnell werden die Mittel gebunden? Bewilligte und beantragte Mittel "
                        "je Jahr gegen den Finanzrahmen je Förderperiode, das Tempo fortgeschrieben, "
                        "aufgeteilt nach Revier, Land, Schwerpunkt und Programm.",
    "finanzen.tab.pace": "Tempo",
    "finanzen.tab.envelope": "Finanzrahmen je Periode",
    "finanzen.tab.years": "Je Jahr",
    "finanzen.tab.breakdown": "Aufteilung",
    "finanzen.tile": "{revier}: gebunden",
    "finanzen.tile.help": "{committed} von {envelope} (InvKG-Landesmittel {years}, alle "
                          "Förderperioden); dieselbe Zahl wie die Linie „bewilligt“ im Tempo-Diagramm.",
    "finanzen.filtered": "Bewilligungen der gewählten Auswahl gegen den ganzen Finanzrahmen.",
    "finanzen.dimension": "Aufteilung nach",
    "finanzen.dimension.revier": "Revier",
    "finanzen.dimension.land": "Land",
    "finanzen.dimension.focus_area": "Schwerpunkt",
    "finanzen.dimension.programme": "Programm",
    "finanzen.not_stated": "nicht angegeben",
    "finanzen.col.fund": "Fonds",
    "finanzen.col.land": "Land",
    "finanzen.col.revier": "Revier",
    "finanzen.col.frame": "Rahmen",
    "finanzen.col.envelope": "Finanzrahmen (€)",
    "finanzen.col.committed": "bewilligt (€)",
    "finanzen.col.share": "Anteil gebunden",
    "finanzen.col.year": "Jahr",
    "finanzen.col.requested": "beantragt (€)",
    "finanzen.col.granted": "bewilligt (€)",
    "finanzen.col.granted_projects": "Projekte bewilligt",
    "finanzen.col.undated": "ohne Datum",
    "finanzen.col.granted_year": "bewilligt im Jahr (€)",
    "finanzen.col.cumulative": "gebunden, kumuliert (€)",
    "finanzen.col.projected": "Fortschreibung (€)",
    "finanzen.col.rate": "Tempo je Jahr (€)",
    "finanzen.col.group": "Gruppe",
    "finanzen.col.projects": "Projekte",
    # Finanzrahmen je Förderperiode
    "fin.env.explanation": "Finanzrahmen je Fonds, Land, Revier und Förderperiode (Referenzdaten) "
                           "und die bewilligten Mittel der Auswahl, deren Bewilligung in die Jahre "
                           "der Periode fällt, unter einem Programm dieses Fonds.",
    "fin.env.title": "Laufende Förderperiode {frame}: {share} des Finanzrahmens gebunden "
                     "({committed} von {envelope})",
    "fin.env.title_none": "Keine Förderperiode läuft im Jahr {year}: {committed} von {envelope} "
                          "aller Finanzrahmen gebunden",
    "fin.env.row": "{frame}, {revier}: {committed} von {envelope} ({share}).",
    "fin.env.empty": "Für die Auswahl gibt es keinen Finanzrahmen.",
    # je Jahr
    "fin.years.explanation": "Bewilligte Mittel im Jahr der Bewilligung, beantragte im Jahr des "
                             "Antrags, alle Programme, nur Projekte, die die Prüfkette nicht "
                             "verlassen haben (wie die Kacheln der Übersicht); Beträge ohne dieses "
                             "Datum zählen im Jahr ihres Datenstands.",
    "fin.years.title": "{year} wurde am meisten bewilligt ({value} von {total})",
    "fin.years.title_tie": "{years} wurde am meisten bewilligt (je {value})",
    "fin.years.title_none": "Noch nichts bewilligt; beantragt sind {requested}",
    "fin.years.sentence_total": "Insgesamt {granted} bewilligt und {requested} beantragt.",
    "fin.years.sentence_undated": (
        "{n} Betrag ohne Bewilligungs- oder Antragsdatum zählt im Jahr seines Datenstands.",
        "{n} Beträge ohne Bewilligungs- oder Antragsdatum zählen im Jahr ihres Datenstands."),
    "fin.years.empty": "In der Auswahl gibt es keine beantragten oder bewilligten Mittel.",
    # Tempo
    "fin.pace.explanation": "Methode: Tempo = Mittelwert der in den drei letzten vollen Jahren "
                            "({first}–{last}) bewilligten InvKG-Mittel; vom heute gebundenen "
                            "Betrag aus gleichmäßig je Jahr fortgeschrieben. Gebunden ist der "
                            "Rahmen im ersten Jahr, in dem die Fortschreibung ihn erreicht.",
    "fin.pace.title.reached": "Beim bisherigen Tempo ist der Finanzrahmen des {revier} {year} "
                              "gebunden",
    "fin.pace.title.late": "Beim bisherigen Tempo wäre der Finanzrahmen des {revier} erst {year} "
                           "gebunden, nach dem Ende der letzten Förderperiode {end}",
    "fin.pace.title.already": "Der Finanzrahmen des {revier} ist seit {year} vollständig gebunden",
    "fin.pace.title.none": "In den Jahren {first}–{last} wurde nichts bewilligt: kein Tempo, das "
                           "sich fortschreiben ließe",
    "fin.pace.sentence": "{revier}: {committed} von {envelope} gebunden ({share}), Tempo "
                         "{rate} je Jahr; {outcome}.",
    "fin.pace.outcome.reached": "beim bisherigen Tempo {year} gebunden",
    "fin.pace.outcome.late": "beim bisherigen Tempo bis {end} nicht gebunden (erst {year})",
    "fin.pace.outcome.already": "seit {year} gebunden",
    "fin.pace.outcome.none": "ohne Bewilligungen in den letzten drei Jahren kein Tempo",
    "fin.pace.empty": "Für die Auswahl gibt es keinen InvKG-Finanzrahmen (nur sächsische "
                      "Kreise der Reviere).",
    "fin.revier_gen.LR": "Lausitzer Reviers",
    "fin.revier_gen.MR": "Mitteldeutschen Reviers",
    "fin.revier_gen.other": "Reviers „{name}“",
    # Aufteilung
    "fin.split.explanation": "Beantragte und bewilligte Mittel der Projekte, die die Prüfkette "
                             "nicht verlassen haben, je {dimension} (Summe wie die Kacheln der "
                             "Übersicht).",
    "fin.split.title": "{group} hat die meisten bewilligten Mittel ({value} von {total})",
    "fin.split.title_tie": "{groups} haben die meisten bewilligten Mittel (je {value})",
    "fin.split.title_one": "{group}: {value} bewilligt, {requested} beantragt",
    "fin.split.least": "Am wenigsten bewilligt: {groups} ({value}).",
    "fin.split.requested": "Beantragt sind insgesamt {requested}.",
    # Wirkung
    "wirkung.title": "Wirkung",
    "wirkung.caption": "Was erreichen die Projekte gegenüber dem Versprochenen? Ziele je "
                       "Indikator mit Ausgangswert und Zielwert, Fortschritt = (Ist − "
                       "Ausgangswert) / (Ziel − Ausgangswert).",
    "wirkung.tab.progress": "Fortschritt",
    "wirkung.tab.indicator": "Je Indikator",
    "wirkung.tab.targets": "Ziele und Versionen",
    "wirkung.indicator": "Indikator",
    "wirkung.filtered": "Ist-Werte der gewählten Auswahl gegen die Ziele des ganzen Bereichs.",
    "wirkung.targets.caption": "Alle Versionen der Ziele: eine neue Version ersetzt die alte ab "
                               "ihrem Gültigkeitsdatum, die alte bleibt erhalten. Ziele ändert "
                               "die Administration.",
    "wirkung.col.indicator": "Indikator",
    "wirkung.col.scope": "Bereich",
    "wirkung.col.period": "Zeitraum",
    "wirkung.col.baseline": "Ausgangswert",
    "wirkung.col.target": "Zielwert",
    "wirkung.col.actual": "Ist",
    "wirkung.col.progress": "Fortschritt",
    "wirkung.col.expected": "zeitanteilig erwartet",
    "wirkung.col.status": "Stand",
    "wirkung.col.good": "erreicht oder im Plan",
    "wirkung.col.unit": "Einheit",
    "wirkung.col.valid_from": "gültig ab",
    "wirkung.col.actor": "geändert von",
    "wirkung.col.in_force": "gilt heute",
    "wirkung.col.planned": "geplant",
    "wirkung.col.decided": "bewilligt",
    "wirkung.col.implemented": "umgesetzt",
    "wirkung.stage.planned": "geplant",
    "wirkung.stage.decided": "bewilligt",
    "wirkung.stage.implemented": "umgesetzt",
    "wirkung.scope.gesamt": "gesamt",
    "wirkung.status.reached": "erreicht",
    "wirkung.status.on_track": "im Plan",
    "wirkung.status.behind": "verzögert",
    "wirkung.status.far_behind": "deutlich zurück",
    "wirkung.status.no_actual": "noch kein Ist-Wert",
    "wirkung.status.no_scale": "Ziel gleich Ausgangswert",
    "wirkung.progress.explanation": "Je Ziel, das heute gilt: Fortschritt = (Ist − Ausgangswert) / "
                                    "(Ziel − Ausgangswert). Ist = umgesetzt (Arbeits- und "
                                    "Ausbildungsplätze wie zuletzt gemeldet) bzw. bewilligt (Mittel, "
                                    "Projekte). Stand: erreicht ab 100 %; im Plan, wenn höchstens "
                                    "10 Prozentpunkte unter dem zeitanteilig erwarteten Wert; "
                                    "verzögert bis zur Hälfte davon; sonst deutlich zurück.",
    "wirkung.progress.title": ("{n} Ziel ist erreicht oder im Plan, von {total}",
                               "{n} Ziele sind erreicht oder im Plan, von {total}"),
    "wirkung.progress.behind": "Am weitesten zurück: {targets} ({value} des Ziels, zeitanteilig "
                               "erwartet {expected}).",
    "wirkung.progress.best": "Am weitesten: {targets} ({value} des Ziels).",
    "wirkung.progress.none": "{n} ohne Ist-Wert: {targets}.",
    "wirkung.progress.empty": "Es gibt noch keine Ziele. Die Administration legt sie an.",
    "wirkung.progress.empty_selection": "Für die gewählte Auswahl gilt kein Ziel.",
    "wirkung.ind.explanation": "{name} ({unit}) je {scope}: geplant (im Antrag), bewilligt und "
                               "umgesetzt (zuletzt gemeldet) über die Projekte der Auswahl, mit dem "
                               "heute gültigen Ziel als Linie. Kumulierte Werte: je Projekt zählt "
                               "der letzte Stand, nie die Summe über Zeiträume.",
    "wirkung.ind.title": "{scope}: {actual} von {target} {unit} {stage} ({share} des Ziels)",
    "wirkung.ind.title_plain": "{name}: {actual} {unit} {stage}",
    "wirkung.ind.title_eur": "{scope}: {actual} von {target} {stage} ({share} des Ziels)",
    "wirkung.ind.title_plain_eur": "{name}: {actual} {stage}",
    "wirkung.ind.sentence": "{scope}: {actual} von {target} ({share}), {status}.",
    "wirkung.ind.sentence_planned": "Geplant sind {planned} {unit}, umgesetzt {implemented}.",
    "wirkung.ind.empty": "Für diesen Indikator gibt es in der Auswahl keine Werte.",
    "field.planned_apprenticeships": "Geplante Ausbildungsplätze",
    "field.actual_jobs": "Arbeitsplätze umgesetzt",
    "field.actual_apprenticeships": "Ausbildungsplätze umgesetzt",
    "field.invkg_area_name": "Förderbereich (InvKG § 4 Abs. 1)",
}

EN = {
    "nav.finanzen": "Funding",
    "nav.wirkung": "Impact",
    "finanzen.title": "Funding",
    "finanzen.caption": "How fast is the funding committed? Funds granted and requested per "
                        "year against the funding envelope per funding period, the pace "
                        "projected forward, broken down by Revier, Land, focus area and programme.",
    "finanzen.tab.pace": "Pace",
    "finanzen.tab.envelope": "Funding envelope per period",
    "finanzen.tab.years": "Per year",
    "finanzen.tab.breakdown": "Breakdown",
    "finanzen.tile": "{revier}: committed",
    "finanzen.tile.help": "{committed} of {envelope} (InvKG state funds {years}, all funding "
                          "periods); the same figure as the line “granted” in the pace chart.",
    "finanzen.filtered": "Grants of the selection against the whole funding envelope.",
    "finanzen.dimension": "Break down by",
    "finanzen.dimension.revier": "Revier",
    "finanzen.dimension.land": "Land",
    "finanzen.dimension.focus_area": "Focus area",
    "finanzen.dimension.programme": "Programme",
    "finanzen.not_stated": "not stated",
    "finanzen.col.fund": "Fund",
    "finanzen.col.land": "Land",
    "finanzen.col.revier": "Revier",
    "finanzen.col.frame": "Envelope",
    "finanzen.col.envelope": "Funding envelope (€)",
    "finanzen.col.committed": "granted (€)",
    "finanzen.col.share": "Share committed",
    "finanzen.col.year": "Year",
    "finanzen.col.requested": "requested (€)",
    "finanzen.col.granted": "granted (€)",
    "finanzen.col.granted_projects": "Projects granted",
    "finanzen.col.undated": "without date",
    "finanzen.col.granted_year": "granted in the year (€)",
    "finanzen.col.cumulative": "committed, cumulative (€)",
    "finanzen.col.projected": "Projection (€)",
    "finanzen.col.rate": "Pace per year (€)",
    "finanzen.col.group": "Group",
    "finanzen.col.projects": "Projects",
    # Finanzrahmen je Förderperiode
    "fin.env.explanation": "Funding envelope per fund, Land, Revier and funding period "
                           "(reference data), and the granted funds of the selection whose grant "
                           "falls in the years of the period, under a programme of this fund.",
    "fin.env.title": "Current funding period {frame}: {share} of the funding envelope committed "
                     "({committed} of {envelope})",
    "fin.env.title_none": "No funding period is running in {year}: {committed} of {envelope} "
                          "of all funding envelopes committed",
    "fin.env.row": "{frame}, {revier}: {committed} of {envelope} ({share}).",
    "fin.env.empty": "There is no funding envelope for this selection.",
    # je Jahr
    "fin.years.explanation": "Granted funds in the year of the grant, requested funds in the year "
                             "of the application, all programmes, only projects that have not "
                             "left the review pipeline (like the tiles of the overview); amounts "
                             "without this date count in the year of their “as of” date.",
    "fin.years.title": "Most was granted in {year} ({value} of {total})",
    "fin.years.title_tie": "Most was granted in {years} ({value} each)",
    "fin.years.title_none": "Nothing granted yet; {requested} requested",
    "fin.years.sentence_total": "In total {granted} granted and {requested} requested.",
    "fin.years.sentence_undated": (
        "{n} amount without a grant or application date counts in the year of its “as of” date.",
        ("{n} amounts without a grant or application date count in the year of their “as of” "
         "date.")),
    "fin.years.empty": "The selection has no requested or granted funds.",
    # Tempo
    "fin.pace.explanation": "Method: pace = mean of the InvKG funds granted in the last three "
                            "full years ({first}–{last}); projected evenly per year from the "
                            "amount committed today. The envelope is committed in the first year "
                            "in which the projection reaches it.",
    "fin.pace.title.reached": "At the pace so far, the funding envelope of the {revier} will be "
                              "committed in {year}",
    "fin.pace.title.late": "At the pace so far, the funding envelope of the {revier} would not be "
                           "committed until {year}, after the end of the last funding period "
                           "{end}",
    "fin.pace.title.already": "The funding envelope of the {revier} has been fully committed "
                              "since {year}",
    "fin.pace.title.none": "Nothing was granted in {first}–{last}: no pace that could be "
                           "projected",
    "fin.pace.sentence": "{revier}: {committed} of {envelope} committed ({share}), pace "
                         "{rate} per year; {outcome}.",
    "fin.pace.outcome.reached": "committed in {year} at the pace so far",
    "fin.pace.outcome.late": "not committed by {end} at the pace so far (only in {year})",
    "fin.pace.outcome.already": "committed since {year}",
    "fin.pace.outcome.none": "no grants in the last three years, so no pace",
    "fin.pace.empty": "There is no InvKG funding envelope for this selection (only Saxon "
                      "districts of the Reviere).",
    "fin.revier_gen.LR": "Lausitzer Revier",
    "fin.revier_gen.MR": "Mitteldeutsches Revier",
    "fin.revier_gen.other": "Revier “{name}”",
    # Aufteilung
    "fin.split.explanation": "Requested and granted funds of the projects that have not left the "
                             "review pipeline, per {dimension} (total as in the tiles of the "
                             "overview).",
    "fin.split.title": "{group} has the most granted funds ({value} of {total})",
    "fin.split.title_tie": "{groups} have the most granted funds ({value} each)",
    "fin.split.title_one": "{group}: {value} granted, {requested} requested",
    "fin.split.least": "Least granted: {groups} ({value}).",
    "fin.split.requested": "{requested} requested in total.",
    # Wirkung
    "wirkung.title": "Impact",
    "wirkung.caption": "What do the projects achieve against what was promised? Targets per "
                       "indicator with baseline and target value, progress = (actual − "
                       "baseline) / (target − baseline).",
    "wirkung.tab.progress": "Progress",
    "wirkung.tab.indicator": "Per indicator",
    "wirkung.tab.targets": "Targets and versions",
    "wirkung.indicator": "Indicator",
    "wirkung.filtered": "Actual values of the selection against the targets of the whole scope.",
    "wirkung.targets.caption": "All versions of the targets: a new version replaces the old one "
                               "from its valid-from date; the old one is kept. Targets are changed "
                               "by the administrators.",
    "wirkung.col.indicator": "Indicator",
    "wirkung.col.scope": "Scope",
    "wirkung.col.period": "Period",
    "wirkung.col.baseline": "Baseline",
    "wirkung.col.target": "Target value",
    "wirkung.col.actual": "Actual",
    "wirkung.col.progress": "Progress",
    "wirkung.col.expected": "expected pro rata",
    "wirkung.col.status": "Status",
    "wirkung.col.good": "reached or on track",
    "wirkung.col.unit": "Unit",
    "wirkung.col.valid_from": "valid from",
    "wirkung.col.actor": "changed by",
    "wirkung.col.in_force": "in force today",
    "wirkung.col.planned": "planned",
    "wirkung.col.decided": "granted",
    "wirkung.col.implemented": "implemented",
    "wirkung.stage.planned": "planned",
    "wirkung.stage.decided": "granted",
    "wirkung.stage.implemented": "implemented",
    "wirkung.scope.gesamt": "overall",
    "wirkung.status.reached": "reached",
    "wirkung.status.on_track": "on track",
    "wirkung.status.behind": "behind",
    "wirkung.status.far_behind": "far behind",
    "wirkung.status.no_actual": "no actual value yet",
    "wirkung.status.no_scale": "target equals baseline",
    "wirkung.progress.explanation": "For each target in force today: progress = (actual − "
                                    "baseline) / (target − baseline). Actual = implemented (jobs "
                                    "and apprenticeships as last reported) or granted (funds, "
                                    "projects). Status: reached from 100 %; on track if at most "
                                    "10 percentage points below the value expected pro rata; "
                                    "behind down to half of it; otherwise far behind.",
    "wirkung.progress.title": ("{n} target is reached or on track, of {total}",
                               "{n} targets are reached or on track, of {total}"),
    "wirkung.progress.behind": "Furthest behind: {targets} ({value} of the target, expected pro "
                               "rata {expected}).",
    "wirkung.progress.best": "Furthest ahead: {targets} ({value} of the target).",
    "wirkung.progress.none": "{n} without an actual value: {targets}.",
    "wirkung.progress.empty": "There are no targets yet. The administrators set them up.",
    "wirkung.progress.empty_selection": "No target applies to this selection.",
    "wirkung.ind.explanation": "{name} ({unit}) per {scope}: planned (in the application), "
                               "granted and implemented (last reported) over the projects of the "
                               "selection, with the target in force today as a line. Cumulative "
                               "values: per project the latest value counts, never the sum over "
                               "periods.",
    "wirkung.ind.title": "{scope}: {actual} of {target} {unit} {stage} ({share} of the target)",
    "wirkung.ind.title_plain": "{name}: {actual} {unit} {stage}",
    "wirkung.ind.title_eur": "{scope}: {actual} of {target} {stage} ({share} of the target)",
    "wirkung.ind.title_plain_eur": "{name}: {actual} {stage}",
    "wirkung.ind.sentence": "{scope}: {actual} of {target} ({share}), {status}.",
    "wirkung.ind.sentence_planned": "{planned} {unit} planned, {implemented} implemented.",
    "wirkung.ind.empty": "There are no values for this indicator in the selection.",
    "field.planned_apprenticeships": "Planned apprenticeships",
    "field.actual_jobs": "Jobs implemented",
    "field.actual_apprenticeships": "Apprenticeships implemented",
    "field.invkg_area_name": "Funding area (InvKG § 4 (1), Investment Act for coal regions)",
}
