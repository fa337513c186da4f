-- Projects per cross-cutting theme, marker (0/1/2), focus area, Revier and current stage, with
-- the funding of projects still in the pipeline (status 'aktiv'). Small enough to slice in pandas.
WITH g AS (
    -- aggregate fp in one pass first; unpivoting fp itself is several times slower
    SELECT focus_area_code, revier_code, stage_code, theme_fk, theme_kj, theme_gs, theme_dw,
        count(*) AS projects,
        coalesce(sum(requested_eur) FILTER (WHERE status = 'aktiv'), 0)::DOUBLE AS requested_eur,
        coalesce(sum(granted_eur) FILTER (WHERE status = 'aktiv'), 0)::DOUBLE AS granted_eur
    FROM fp
    GROUP BY ALL
),
long AS (
    UNPIVOT g ON theme_fk, theme_kj, theme_gs, theme_dw INTO NAME "column" VALUE marker
)
SELECT t.code AS theme_code, l.marker::INTEGER AS marker, l.focus_area_code, l.revier_code,
    l.stage_code, sum(l.projects)::BIGINT AS projects,
    sum(l.requested_eur)::DOUBLE AS requested_eur, sum(l.granted_eur)::DOUBLE AS granted_eur
FROM long l
JOIN ref_theme t ON t."column" = l."column"
GROUP BY ALL
ORDER BY ALL
