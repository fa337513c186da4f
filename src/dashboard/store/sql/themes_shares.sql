-- Per theme and category of one dimension (parameter: 'focus_area' | 'revier' | 'stage'):
-- projects with marker 0, 1, 2. Every theme x category pair is listed, in reference order.
WITH opts AS (SELECT ?::VARCHAR AS dimension),
g AS (
    -- aggregate fp in one pass first; unpivoting fp itself is several times slower
    SELECT CASE opts.dimension WHEN 'focus_area' THEN fp.focus_area_code
                               WHEN 'revier' THEN fp.revier_code ELSE fp.stage_code END AS group_code,
        fp.theme_fk, fp.theme_kj, fp.theme_gs, fp.theme_dw, count(*) AS n
    FROM fp CROSS JOIN opts
    GROUP BY ALL
),
long AS (UNPIVOT g ON theme_fk, theme_kj, theme_gs, theme_dw INTO NAME "column" VALUE marker),
cells AS (
    SELECT "column", group_code,
        sum(n) FILTER (WHERE marker = 0) AS marker_0,
        sum(n) FILTER (WHERE marker = 1) AS marker_1,
        sum(n) FILTER (WHERE marker = 2) AS marker_2
    FROM long GROUP BY ALL
),
groups AS (
    SELECT code, name, sort FROM ref_focus_area, opts WHERE opts.dimension = 'focus_area'
    UNION ALL SELECT code, name, sort FROM ref_revier, opts WHERE opts.dimension = 'revier'
    UNION ALL SELECT code, name, sort FROM ref_stage, opts WHERE opts.dimension = 'stage'
)
SELECT t.code AS theme_code, t.name AS theme_name, t.sort AS theme_sort,
    gr.code AS group_code, gr.name AS group_name, gr.sort AS group_sort,
    coalesce(c.marker_0, 0)::BIGINT AS marker_0, coalesce(c.marker_1, 0)::BIGINT AS marker_1,
    coalesce(c.marker_2, 0)::BIGINT AS marker_2
FROM ref_theme t
CROSS JOIN groups gr
LEFT JOIN cells c ON c."column" = t."column" AND c.group_code = gr.code
ORDER BY t.sort, gr.sort
