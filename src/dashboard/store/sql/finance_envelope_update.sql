-- Set the amount of one envelope (fund, Land, Revier or NULL, first year of the period).
UPDATE ref_envelope SET amount_eur = ?
WHERE fund = ? AND bundesland_code = ? AND revier_code IS NOT DISTINCT FROM ?
    AND period_start = ?
