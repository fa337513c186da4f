-- Active projects in a review stage (kind 'active') and how long they have been in it:
-- days from the last entry into their current stage until `today`, longest first.
-- Parameters: today, minimum days (exclusive), row limit.
SELECT fp.project_id, fp.title, fp.stage_code, s.name AS stage_name, s.sort,
    fp.revier_code, fp.focus_area_code,
    max(e.entered_on) AS entered_on,
    date_diff('day', max(e.entered_on), ?::DATE) AS days
FROM fp
JOIN ref_stage s ON s.code = fp.stage_code AND s.kind = 'active'
JOIN stage_event e ON e.project_id = fp.project_id AND e.stage_code = fp.stage_code
    AND e.outcome IS NULL
WHERE fp.status = 'aktiv'
GROUP BY ALL
HAVING days > ?
ORDER BY days DESC, fp.project_id
LIMIT ?
