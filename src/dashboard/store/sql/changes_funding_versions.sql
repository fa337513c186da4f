-- Funding amounts changed by imports in the period (from the version history, migration 002):
-- the amounts before the first import in the period that replaced the project, against
-- today's amounts; only projects whose requested or granted amount differs.
-- Parameters: since, until.
WITH before AS (
    SELECT v.project_id,
        arg_min_null(v.requested_eur, (v.replaced_at, v.version_id)) AS requested_before,
        arg_min_null(v.granted_eur, (v.replaced_at, v.version_id)) AS granted_before,
        max(v.replaced_at)::DATE AS changed_on
    FROM project_version v
    WHERE v.replaced_at::DATE BETWEEN ?::DATE AND ?::DATE
    GROUP BY v.project_id
)
SELECT fp.project_id, fp.title, b.changed_on AS event_on,
    b.requested_before::DOUBLE AS requested_before, fp.requested_eur::DOUBLE AS requested_eur,
    b.granted_before::DOUBLE AS granted_before, fp.granted_eur::DOUBLE AS granted_eur
FROM before b JOIN fp ON fp.project_id = b.project_id
WHERE b.requested_before IS DISTINCT FROM fp.requested_eur
    OR b.granted_before IS DISTINCT FROM fp.granted_eur
ORDER BY b.changed_on DESC, fp.project_id
