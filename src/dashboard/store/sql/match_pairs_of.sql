-- Stored pairs that involve any of the given keys. Parameter: keys (VARCHAR[]).
SELECT * FROM match_pair
WHERE list_contains(?::VARCHAR[], a) OR list_contains(?::VARCHAR[], b)
