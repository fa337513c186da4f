-- The reference mapping mission -> focus area (primary / secondary), editable reference data.
SELECT mf.mission_code, mf.focus_area_code, mf.strength
FROM ref_mission_focus_area mf
JOIN ref_mission m ON m.code = mf.mission_code
JOIN ref_focus_area f ON f.code = mf.focus_area_code
ORDER BY m.sort, f.sort
