-- Size of the reference tables, for `stats`.
SELECT
    (SELECT count(*) FROM ref_mission) AS missions,
    (SELECT count(*) FROM ref_focus_area) AS focus_areas,
    (SELECT count(*) FROM ref_network) AS networks,
    (SELECT count(*) FROM ref_revier) AS reviere,
    (SELECT count(*) FROM ref_district) AS districts
