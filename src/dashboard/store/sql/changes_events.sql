-- Stage events of the filtered projects between two dates (inclusive), classified:
-- 'neu' (the project's first event), 'wechsel' (a later stage), 'ausstieg' (left the pipeline).
-- from_stage is the stage of the project's previous event (both kept in stage_stay, written
-- with the events). Parameters: since, until.
SELECT s.event_id, s.project_id, fp.title, fp.revier_code, fp.focus_area_code,
    CASE WHEN s.first_event THEN 'neu' WHEN s.outcome IS NOT NULL THEN 'ausstieg' ELSE 'wechsel' END AS kind,
    s.entered_on AS event_on, s.from_stage, s.stage_code, st.name AS stage_name, st.sort,
    st.kind AS stage_kind, s.outcome, fp.requested_eur::DOUBLE AS requested_eur,
    fp.granted_eur::DOUBLE AS granted_eur
FROM stage_stay s
JOIN fp ON fp.project_id = s.project_id
JOIN ref_stage st ON st.code = s.stage_code
WHERE s.entered_on BETWEEN ?::DATE AND ?::DATE
ORDER BY s.entered_on DESC, s.project_id, s.event_id
