-- Every stage in pipeline order (the rows of each funnel).
SELECT code AS stage_code, name AS stage_name, short_name AS stage_short_name, kind, sort
FROM ref_stage ORDER BY sort
