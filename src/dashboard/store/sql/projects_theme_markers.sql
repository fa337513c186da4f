-- The four theme markers of one project with their names. Parameter: project_id.
WITH long AS (
    UNPIVOT (SELECT theme_fk, theme_kj, theme_gs, theme_dw FROM project WHERE project_id = ?)
    ON theme_fk, theme_kj, theme_gs, theme_dw INTO NAME "column" VALUE marker
)
SELECT t.code AS theme_code, t.name AS theme_name, l.marker::INTEGER AS marker,
    coalesce(m.name, l.marker::VARCHAR) AS marker_name
FROM long l
JOIN ref_theme t ON t."column" = l."column"
LEFT JOIN ref_theme_marker m ON m.value = l.marker
ORDER BY t.sort
