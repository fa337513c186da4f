-- Stage events of the filtered projects between two dates (inclusive), classified:
-- 'neu' (the project's first event), 'wechsel' (a later stage), 'ausstieg' (left the pipeline).
-- from_stage is the stage of the project's previous event. Parameters: since, until (twice).
WITH touched AS (
    SELECT DISTINCT project_id FROM stage_event WHERE entered_on BETWEEN ?::DATE AND ?::DATE
),
ev AS (
    SELECT e.project_id, e.stage_code, e.entered_on, e.outcome, e.event_id,
        row_number() OVER w AS n, lag(e.stage_code) OVER w AS from_stage
    FROM stage_event e
    JOIN touched t ON t.project_id = e.project_id
    WINDOW w AS (PARTITION BY e.project_id ORDER BY e.entered_on, e.event_id)
)
SELECT ev.event_id, ev.project_id, fp.title, fp.revier_code, fp.focus_area_code,
    CASE WHEN ev.n = 1 THEN 'neu' WHEN ev.outcome IS NOT NULL THEN 'ausstieg' ELSE 'wechsel' END AS kind,
    ev.entered_on AS event_on, ev.from_stage, ev.stage_code, s.name AS stage_name, s.sort,
    s.kind AS stage_kind, ev.outcome, fp.requested_eur::DOUBLE AS requested_eur,
    fp.granted_eur::DOUBLE AS granted_eur
FROM ev
JOIN fp ON fp.project_id = ev.project_id
JOIN ref_stage s ON s.code = ev.stage_code
WHERE ev.entered_on BETWEEN ?::DATE AND ?::DATE
ORDER BY ev.entered_on DESC, ev.project_id, ev.event_id
