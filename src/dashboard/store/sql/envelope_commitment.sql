-- Granted funding that counts against each InvKG envelope (Revier x Bundesland, all funding
-- periods together): projects still in the pipeline, under a programme bound to the fund.
SELECT v.revier_code, r.name AS revier_name, v.bundesland_code,
    'InvKG ' || min(v.period_start) || '–' || max(v.period_end) AS label,
    sum(v.amount_eur)::DOUBLE AS envelope_eur,
    coalesce(any_value(g.committed_eur), 0)::DOUBLE AS committed_eur,
    coalesce(any_value(g.committed_eur), 0)::DOUBLE / sum(v.amount_eur)::DOUBLE AS share,
    -- the districts the envelope covers: a district filter outside them leaves it unselected
    (SELECT list(d.code ORDER BY d.code) FROM ref_district d
     WHERE d.revier_code = v.revier_code AND d.bundesland_code = v.bundesland_code)
        AS district_codes
FROM ref_envelope v
JOIN ref_revier r ON r.code = v.revier_code
LEFT JOIN (
    SELECT fp.revier_code, fp.bundesland_code, sum(fp.granted_eur) AS committed_eur
    FROM fp JOIN ref_programme pr ON pr.code = fp.programme_code
    WHERE pr.fund = 'InvKG' AND fp.status = 'aktiv'
    GROUP BY fp.revier_code, fp.bundesland_code
) g ON g.revier_code = v.revier_code AND g.bundesland_code = v.bundesland_code
WHERE v.fund = 'InvKG'
GROUP BY v.revier_code, r.name, v.bundesland_code, r.sort
ORDER BY r.sort
