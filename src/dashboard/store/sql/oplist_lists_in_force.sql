-- The lists in force (per fund and Land the latest Stand not undone, as oplist_current) with
-- their title block: what a list says of itself (its Förderperiode). Parameters: none.
WITH current_list AS (
    SELECT fund, land, arg_max(batch_id, (stand, batch_id)) AS batch_id
    FROM oplist_import WHERE undone_by IS NULL GROUP BY fund, land
)
SELECT i.batch_id, i.fund, i.land, i.stand, i.preamble
FROM current_list l
JOIN oplist_import i ON i.batch_id = l.batch_id
ORDER BY i.fund, i.land
