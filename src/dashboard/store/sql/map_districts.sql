-- Per district of the Reviere (reference order): projects, projects with at least one
-- Querschnittsthema as principal aim (marker 2), and the funding of live projects (as the
-- Übersicht tiles count it).
SELECT d.code AS district_code, d.name AS district_name, d.revier_code, r.name AS revier_name, d.sort,
    count(fp.project_id) AS projects,
    count(fp.project_id) FILTER (WHERE greatest(fp.theme_fk, fp.theme_kj, fp.theme_gs, fp.theme_dw) = 2)
        AS theme_main,
    coalesce(sum(fp.requested_eur) FILTER (WHERE fp.status = 'aktiv'), 0)::DOUBLE AS requested_eur,
    coalesce(sum(fp.granted_eur) FILTER (WHERE fp.status = 'aktiv'), 0)::DOUBLE AS granted_eur
FROM ref_district d
JOIN ref_revier r ON r.code = d.revier_code
LEFT JOIN fp ON fp.district_code = d.code
GROUP BY ALL
ORDER BY d.sort
