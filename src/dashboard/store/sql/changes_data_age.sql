-- How old the data are, database-wide (not per selection: one answer on every page):
-- the newest change a page can count (a stage event on or before today, or an import that
-- replaced a project's amounts) and the day of the newest import that is in force.
-- Parameter: today. Times are stored in UTC; a day is a day in Berlin (an import at 00:30 is
-- that day's, not the day before).
SELECT
    greatest((SELECT max(entered_on) FROM stage_event WHERE entered_on <= ?::DATE),
             (SELECT max((replaced_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin')::DATE
              FROM project_version)) AS newest_change,
    (SELECT max((b.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin')::DATE
     FROM import_batch b
     WHERE b.kind = 'import' AND b.undone_by IS NULL) AS last_import
