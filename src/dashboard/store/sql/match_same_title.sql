-- Per key: stored partners of other (not similar) sponsors with an almost equal title
-- (matching/signals.same_title_counts over the stored pairs). Parameter: minimum title_sim.
SELECT key, count(*) AS partners FROM (
    SELECT a AS key FROM match_pair
    WHERE title_sim >= ? AND NOT sponsor_same AND NOT sponsor_similar
    UNION ALL
    SELECT b FROM match_pair
    WHERE title_sim >= ? AND NOT sponsor_same AND NOT sponsor_similar
) GROUP BY key
