-- The categories the theme shares are broken down by, and the themes themselves, in order.
SELECT 'theme' AS dimension, code, name, sort FROM ref_theme
UNION ALL SELECT 'focus_area', code, name, sort FROM ref_focus_area
UNION ALL SELECT 'revier', code, name, sort FROM ref_revier
UNION ALL SELECT 'stage', code, name, sort FROM ref_stage
ORDER BY dimension, sort
