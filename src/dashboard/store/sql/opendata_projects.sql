-- Public project list of the open-data API (/api/v1/projekte). `fp` holds only public projects
-- (api/public.py: from "Bewilligt" on, no network that opted out). Contact, remarks and
-- bookkeeping columns (source, batch, timestamps) are never selected.
SELECT
    fp.project_id AS projekt_id,
    fp.title AS titel,
    fp.description AS beschreibung,
    fp.sponsor AS traeger,
    fp.sponsor_type AS traegerart,
    fp.revier_code AS revier,
    fp.bundesland_code AS land,
    fp.district_code AS kreis,
    fp.municipality AS gemeinde,
    n.code AS fachnetzwerk,
    fp.focus_area_code AS schwerpunkt,
    fp.mission_code AS mission,
    fp.further_missions AS weitere_missionen,
    fp.stage_code AS pruefstufe,
    fp.status AS status,
    fp.programme_code AS programm,
    fp.total_cost_eur::DOUBLE AS gesamtkosten_eur,
    fp.requested_eur::DOUBLE AS beantragt_eur,
    fp.granted_eur::DOUBLE AS bewilligt_eur,
    fp.planned_jobs AS arbeitsplaetze_geplant,
    fp.start_date AS beginn,
    fp.end_date AS ende,
    fp.theme_fk AS thema_fachkraefte,
    fp.theme_kj AS thema_kinder_jugendliche,
    fp.theme_gs AS thema_gleichstellung,
    fp.theme_dw AS thema_demografie,
    fp.as_of AS stand
FROM fp
LEFT JOIN ref_network n
    ON n.revier_code = fp.revier_code AND list_contains(n.focus_area_codes, fp.focus_area_code)
ORDER BY fp.project_id
