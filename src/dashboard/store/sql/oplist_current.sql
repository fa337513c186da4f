-- The operations of the lists in force: per fund and Land the list with the latest Stand (of
-- equal Stand the later import) that was not undone. Parameters: none.
WITH current_list AS (
    SELECT fund, land, arg_max(batch_id, (stand, batch_id)) AS batch_id
    FROM oplist_import WHERE undone_by IS NULL GROUP BY fund, land
)
SELECT l.fund, l.land, i.stand, o.*
FROM current_list l
JOIN oplist_import i ON i.batch_id = l.batch_id
JOIN oplist_operation o ON o.batch_id = l.batch_id
ORDER BY l.fund, l.land, o.row_number
