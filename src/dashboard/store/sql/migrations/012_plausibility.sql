-- Plausibility bounds of project lists (issue 19) as reference data: per field a warning
-- bound (the value is imported only when the person confirms it) and a refusal bound (the
-- cell is an error), each with its reason. Dates: the threshold is a year. The rows are those
-- of data/reference/plausibility.csv, so a database migrated from an older version checks
-- at once; Administration edits them (versions in ref_change), `reference` reloads the CSV.
CREATE TABLE ref_plausibility (
    field VARCHAR NOT NULL,
    bound VARCHAR NOT NULL,
    threshold DOUBLE NOT NULL,
    reason VARCHAR NOT NULL,
    PRIMARY KEY (field, bound)
);
INSERT INTO ref_plausibility (field, bound, threshold, reason) VALUES
    ('total_cost_eur', 'warn_above', 1000000000, 'Gesamtkosten von mehr als 1 Mrd. € hat kaum ein Vorhaben des Strukturwandels; oft ist die Einheit falsch (Euro statt T€ oder Mio. €).'),
    ('total_cost_eur', 'refuse_above', 40000000000, 'Mehr als alle Strukturhilfen des InvKG für die Kohleregionen zusammen (bis zu 40 Mrd. €: 14 Mrd. € Finanzhilfen für die Länder und 26 Mrd. € für Maßnahmen des Bundes).'),
    ('requested_eur', 'warn_above', 250000000, 'Eine Förderung von mehr als 250 Mio. € für ein Vorhaben ist sehr selten (das InvKG-Budget des Lausitzer Reviers in Sachsen beträgt 2.408 Mio. € bis 2038); oft ist die Einheit falsch.'),
    ('requested_eur', 'refuse_above', 14000000000, 'Mehr als die gesamten Finanzhilfen nach § 3 InvKG für alle Länder zusammen (14 Mrd. €).'),
    ('granted_eur', 'warn_above', 250000000, 'Eine Förderung von mehr als 250 Mio. € für ein Vorhaben ist sehr selten (das InvKG-Budget des Lausitzer Reviers in Sachsen beträgt 2.408 Mio. € bis 2038); oft ist die Einheit falsch.'),
    ('granted_eur', 'refuse_above', 14000000000, 'Mehr als die gesamten Finanzhilfen nach § 3 InvKG für alle Länder zusammen (14 Mrd. €).'),
    ('planned_jobs', 'warn_above', 2000, 'Mehr als 2.000 Arbeitsplätze in einem Vorhaben sind in den Revieren ein Einzelfall; oft sind die Arbeitsplätze mehrerer Vorhaben oder einer ganzen Region eingetragen.'),
    ('planned_jobs', 'refuse_above', 100000, 'Mehr als ein Zehntel aller Einwohnerinnen und Einwohner des Lausitzer Reviers (rund 1,1 Mio.): so viele Arbeitsplätze schafft kein einzelnes Vorhaben.'),
    ('actual_jobs', 'warn_above', 2000, 'Mehr als 2.000 Arbeitsplätze in einem Vorhaben sind in den Revieren ein Einzelfall; oft sind die Arbeitsplätze mehrerer Vorhaben oder einer ganzen Region eingetragen.'),
    ('actual_jobs', 'refuse_above', 100000, 'Mehr als ein Zehntel aller Einwohnerinnen und Einwohner des Lausitzer Reviers (rund 1,1 Mio.): so viele Arbeitsplätze schafft kein einzelnes Vorhaben.'),
    ('planned_apprenticeships', 'warn_above', 250, 'Mehr als 250 Ausbildungsplätze in einem Vorhaben sind sehr selten; oft sind Arbeits- und Ausbildungsplätze vertauscht.'),
    ('planned_apprenticeships', 'refuse_above', 10000, 'So viele Ausbildungsplätze bietet nicht einmal der größte Ausbildungsbetrieb Deutschlands in einem Jahr bundesweit an.'),
    ('actual_apprenticeships', 'warn_above', 250, 'Mehr als 250 Ausbildungsplätze in einem Vorhaben sind sehr selten; oft sind Arbeits- und Ausbildungsplätze vertauscht.'),
    ('actual_apprenticeships', 'refuse_above', 10000, 'So viele Ausbildungsplätze bietet nicht einmal der größte Ausbildungsbetrieb Deutschlands in einem Jahr bundesweit an.'),
    ('start_date', 'warn_below', 2014, 'Vor der EU-Förderperiode 2014–2020 (der ältesten, die der Monitor abgleicht) beginnt kaum ein Vorhaben des Strukturwandels; oft ist das Jahr vertippt.'),
    ('start_date', 'warn_above', 2038, 'Ein Beginn nach 2038 liegt nach dem Ende der Strukturhilfen des InvKG.'),
    ('start_date', 'refuse_above', 2045, 'Ein Beginn nach 2045 liegt weit nach dem Kohleausstieg (2038); das Jahr ist vertippt.'),
    ('end_date', 'warn_below', 2014, 'Vor der EU-Förderperiode 2014–2020 (der ältesten, die der Monitor abgleicht) endet kaum ein Vorhaben des Strukturwandels; oft ist das Jahr vertippt.'),
    ('end_date', 'warn_above', 2038, 'Ein Ende nach 2038 liegt nach dem Ende der Strukturhilfen des InvKG.'),
    ('end_date', 'refuse_above', 2045, 'Ein Ende nach 2045 liegt weit nach dem Kohleausstieg (2038); das Jahr ist vertippt.'),
    ('as_of', 'warn_below', 2020, 'Ein Stand vor dem Inkrafttreten des InvKG (2020) ist für eine Projektliste des Strukturwandels zu alt; oft ist das Jahr vertippt.'),
    ('as_of', 'refuse_above', 2045, 'Einen Stand nach 2045 gibt es nicht; das Jahr ist vertippt.'),
    ('stage_dates', 'warn_below', 2014, 'Vor der EU-Förderperiode 2014–2020 (der ältesten, die der Monitor abgleicht) durchläuft kaum ein Vorhaben des Strukturwandels eine Prüfstufe; oft ist das Jahr vertippt.'),
    ('stage_dates', 'refuse_above', 2045, 'Ein Prüfstufen-Datum nach 2045 liegt weit nach dem Kohleausstieg (2038); das Jahr ist vertippt.');
