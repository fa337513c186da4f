-- Every indicator, in display order.
SELECT * FROM indicator ORDER BY sort, code
