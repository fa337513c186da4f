-- The key figures today (kpi_figures.sql): every project in its current stage and status.
WITH state AS (SELECT project_id, stage_code, status, requested_eur, granted_eur FROM fp)
-- @include kpi_figures
