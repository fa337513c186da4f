-- Where the projects of the selection are today, per stage (every stage, pipeline order):
-- active projects (status 'aktiv') and those that left the pipeline at this stage, by reason.
-- Summed over the review stages (kind 'active') `active` is the tile "In Prüfung"; summed over
-- the positive-end stages active + exits is the tile "Bewilligt"; everything sums to "Projekte".
SELECT s.code AS stage_code, s.name AS stage_name, s.short_name AS stage_short_name, s.kind,
    s.sort,
    count(fp.project_id) FILTER (WHERE fp.status = 'aktiv') AS active,
    count(fp.project_id) FILTER (WHERE fp.status = 'zurueckgestellt') AS zurueckgestellt,
    count(fp.project_id) FILTER (WHERE fp.status = 'abgelehnt') AS abgelehnt,
    count(fp.project_id) FILTER (WHERE fp.status = 'zurueckgezogen') AS zurueckgezogen
FROM ref_stage s
LEFT JOIN fp ON fp.stage_code = s.code
GROUP BY ALL
ORDER BY s.sort
