-- Cheap freshness check of stage_stay against stage_event (row count and highest event id):
-- differs when events were written without store/stays.refresh.
SELECT (SELECT count(*) FROM stage_event) = (SELECT count(*) FROM stage_stay)
    AND (SELECT max(event_id) FROM stage_event) IS NOT DISTINCT FROM
        (SELECT max(event_id) FROM stage_stay) AS fresh
