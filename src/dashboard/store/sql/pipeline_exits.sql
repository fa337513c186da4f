-- Exits of the selection by reason per (Revier, focus area, stage where the project left):
-- the part of the funnel cube that reads fp only (the stays part is in pipeline_stay_cube).
SELECT revier_code, focus_area_code, stage_code,
    count(*) FILTER (WHERE status = 'zurueckgestellt') AS zurueckgestellt,
    count(*) FILTER (WHERE status = 'abgelehnt') AS abgelehnt,
    count(*) FILTER (WHERE status = 'zurueckgezogen') AS zurueckgezogen
FROM fp
GROUP BY 1, 2, 3
