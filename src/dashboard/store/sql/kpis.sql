-- KPI tiles of the Übersicht page and `stats --json`.
-- in_review: not exited and in a review stage; granted: ever reached a positive-end stage;
-- funding sums over projects that have not left the pipeline.
SELECT
    count(*) AS projects,
    count(*) FILTER (WHERE fp.status = 'aktiv' AND s.kind = 'active') AS in_review,
    count(*) FILTER (WHERE s.kind = 'positive_end') AS granted,
    count(*) FILTER (WHERE fp.status <> 'aktiv') AS exited,
    coalesce(sum(fp.requested_eur) FILTER (WHERE fp.status = 'aktiv'), 0)::DOUBLE AS requested_eur,
    coalesce(sum(fp.granted_eur) FILTER (WHERE fp.status = 'aktiv'), 0)::DOUBLE AS granted_eur
FROM fp
JOIN ref_stage s ON s.code = fp.stage_code
