-- Granted funding that counts against each InvKG envelope (Revier x Bundesland):
-- projects still in the pipeline, under a programme flagged counts_to_envelope.
SELECT v.revier_code, r.name AS revier_name, v.bundesland_code, v.label,
    v.amount_eur::DOUBLE AS envelope_eur,
    coalesce(sum(g.granted_eur), 0)::DOUBLE AS committed_eur,
    coalesce(sum(g.granted_eur), 0)::DOUBLE / v.amount_eur::DOUBLE AS share
FROM ref_envelope v
JOIN ref_revier r ON r.code = v.revier_code
LEFT JOIN (
    SELECT fp.revier_code, fp.bundesland_code, fp.granted_eur
    FROM fp JOIN ref_programme pr ON pr.code = fp.programme_code
    WHERE pr.counts_to_envelope AND fp.status = 'aktiv'
) g ON g.revier_code = v.revier_code AND g.bundesland_code = v.bundesland_code
GROUP BY v.revier_code, r.name, v.bundesland_code, v.label, v.amount_eur, r.sort
ORDER BY r.sort
