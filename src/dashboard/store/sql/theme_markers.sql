-- Projects per cross-cutting theme and marker value (0/1/2).
WITH long AS (
    UNPIVOT (SELECT project_id, theme_fk, theme_kj, theme_gs, theme_dw FROM fp)
    ON theme_fk, theme_kj, theme_gs, theme_dw INTO NAME "column" VALUE marker
)
SELECT t.code AS theme_code, t.name AS theme_name, t.sort, m.value AS marker, m.name AS marker_name,
    count(l.project_id) AS projects
FROM ref_theme t
CROSS JOIN ref_theme_marker m
LEFT JOIN long l ON l."column" = t."column" AND l.marker = m.value
GROUP BY ALL
ORDER BY t.sort, m.value
