-- Per theme: funding (parameter: 'requested_eur' | 'granted_eur') of projects still in the
-- pipeline (status 'aktiv') in total, with marker >= 1, and with marker 2.
WITH opts AS (SELECT ?::VARCHAR AS measure),
g AS (
    SELECT fp.theme_fk, fp.theme_kj, fp.theme_gs, fp.theme_dw,
        sum(CASE opts.measure WHEN 'granted_eur' THEN fp.granted_eur
                              ELSE fp.requested_eur END)::DOUBLE AS eur
    FROM fp CROSS JOIN opts
    WHERE fp.status = 'aktiv'
    GROUP BY ALL
),
long AS (UNPIVOT g ON theme_fk, theme_kj, theme_gs, theme_dw INTO NAME "column" VALUE marker)
SELECT t.code AS theme_code, t.name AS theme_name, t.sort AS theme_sort,
    coalesce(sum(l.eur), 0)::DOUBLE AS total_eur,
    coalesce(sum(l.eur) FILTER (WHERE l.marker >= 1), 0)::DOUBLE AS any_eur,
    coalesce(sum(l.eur) FILTER (WHERE l.marker = 2), 0)::DOUBLE AS main_eur
FROM ref_theme t
LEFT JOIN long l ON l."column" = t."column"
GROUP BY ALL
ORDER BY t.sort
