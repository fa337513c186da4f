-- Reserve the next batch number (higher than any reserved or used before) and return it.
INSERT INTO batch_number (batch_id)
SELECT greatest((SELECT coalesce(max(batch_id), 0) FROM batch_number),
                (SELECT coalesce(max(batch_id), 0) FROM import_batch)) + 1
RETURNING batch_id
