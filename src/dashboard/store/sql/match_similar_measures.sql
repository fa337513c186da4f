-- Standard measures (issue 20): projects of the selection (fp) that several other sponsors run
-- in (almost) the same words - "gleichartige Vorhaben", no overlap - with how many (match_doc).
SELECT p.project_id, p.title, p.sponsor, p.municipality, d.same_title
FROM match_doc d
JOIN project p ON p.project_id = d.project_id
WHERE d.same_title >= 2 AND p.project_id IN (SELECT project_id FROM fp)
    AND NOT EXISTS (SELECT 1 FROM project_duplicate x WHERE x.project_id = p.project_id)
ORDER BY d.same_title DESC, p.title, p.project_id
