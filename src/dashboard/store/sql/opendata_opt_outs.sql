-- Fachnetzwerke that opted out of open data, in reference order.
SELECT o.network_code, n.name AS network_name, n.revier_code, o.decided_at
FROM open_data_opt_out o
LEFT JOIN ref_network n ON n.code = o.network_code
ORDER BY n.sort NULLS LAST, o.network_code
