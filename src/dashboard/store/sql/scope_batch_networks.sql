-- Revier and focus area of every project a batch touched, now and in the version it replaced.
SELECT p.revier_code, p.focus_area_code
FROM batch_project b JOIN project p USING (project_id)
WHERE b.batch_id = $1
UNION
SELECT v.revier_code, v.focus_area_code
FROM project_version v
WHERE v.replaced_by_batch = $1
