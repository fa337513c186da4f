-- Projects whose primary mission is not mapped to their focus area in ref_mission_focus_area:
-- possibly mis-tagged.
SELECT fp.project_id, fp.title, fp.mission_code, m.name AS mission_name,
    fp.focus_area_code, f.name AS focus_area_name, r.name AS revier_name,
    s.name AS stage_name, fp.status
FROM fp
JOIN ref_mission m ON m.code = fp.mission_code
JOIN ref_focus_area f ON f.code = fp.focus_area_code
LEFT JOIN ref_revier r ON r.code = fp.revier_code
LEFT JOIN ref_stage s ON s.code = fp.stage_code
WHERE NOT EXISTS (
    SELECT 1 FROM ref_mission_focus_area mf
    WHERE mf.mission_code = fp.mission_code AND mf.focus_area_code = fp.focus_area_code
)
ORDER BY m.sort, f.sort, fp.project_id
