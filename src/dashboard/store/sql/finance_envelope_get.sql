-- One envelope (fund, Land, Revier or NULL, first year of the period).
SELECT * FROM ref_envelope
WHERE fund = ? AND bundesland_code = ? AND revier_code IS NOT DISTINCT FROM ? AND period_start = ?
