-- Stored pairs with at least one project in the selection (fp), with the decision in force
-- (the latest per pair) and whether a text changed since an 'unabhaengig' decision.
-- Pairs that involve a project marked as a duplicate elsewhere are left out.
-- Parameters: a project id or NULL (only that project's pairs), twice.
WITH latest AS (
    SELECT a, b, arg_max(decision, decision_id) AS decision,
        arg_max(keep_id, decision_id) AS keep_id, arg_max(actor, decision_id) AS actor,
        max(decided_at) AS decided_at,
        arg_max(text_fingerprint_a, decision_id) AS tfa, arg_max(text_fingerprint_b, decision_id) AS tfb
    FROM match_decision GROUP BY a, b
)
SELECT m.*, l.decision, l.keep_id, l.actor, l.decided_at,
    coalesce(l.decision = 'unabhaengig'
             AND (da.text_fingerprint IS DISTINCT FROM l.tfa OR db.text_fingerprint IS DISTINCT FROM l.tfb),
             false) AS text_changed
FROM match_pair m
LEFT JOIN latest l ON l.a = m.a AND l.b = m.b
LEFT JOIN match_doc da ON da.project_id = m.a
LEFT JOIN match_doc db ON db.project_id = m.b
WHERE (m.a IN (SELECT project_id FROM fp) OR m.b IN (SELECT project_id FROM fp))
    AND (?::VARCHAR IS NULL OR ? IN (m.a, m.b))
    AND NOT EXISTS (SELECT 1 FROM project_duplicate x
                    WHERE x.project_id IN (m.a, m.b) AND x.duplicate_of NOT IN (m.a, m.b))
