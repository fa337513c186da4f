-- One page of the filtered project list: free-text search over id, title, sponsor and
-- municipality; sort by a whitelisted key; the number of all matches in `total`.
-- Parameters: search text, sort key, descending (BOOLEAN), limit, offset.
WITH opts AS (
    SELECT lower(trim(?::VARCHAR)) AS needle, ?::VARCHAR AS sort_key, ?::BOOLEAN AS descending
),
hits AS (
    SELECT fp.project_id, fp.title, fp.revier_code, r.name AS revier_name, fp.focus_area_code,
        f.name AS focus_area_name, f.sort AS focus_area_sort, fp.mission_code,
        fp.further_missions, fp.stage_code, s.name AS stage_name, s.sort AS stage_sort,
        fp.status, coalesce(x.name, fp.status) AS status_name, fp.sponsor, fp.municipality, fp.programme_code,
        fp.requested_eur::DOUBLE AS requested_eur, fp.granted_eur::DOUBLE AS granted_eur,
        fp.first_entered_on, fp.as_of,
        count(*) OVER () AS total
    FROM fp
    CROSS JOIN opts
    LEFT JOIN ref_revier r ON r.code = fp.revier_code
    LEFT JOIN ref_focus_area f ON f.code = fp.focus_area_code
    LEFT JOIN ref_stage s ON s.code = fp.stage_code
    LEFT JOIN ref_exit_reason x ON x.code = fp.status
    WHERE opts.needle = ''
        OR contains(lower(concat_ws(' ', fp.project_id, fp.title, fp.sponsor, fp.municipality)),
                    opts.needle)
)
SELECT h.* FROM hits h CROSS JOIN opts
ORDER BY
    -- one term per value type and direction; only the chosen key is non-NULL
    CASE WHEN NOT opts.descending THEN CASE opts.sort_key
        WHEN 'project_id' THEN h.project_id WHEN 'title' THEN lower(h.title)
        WHEN 'sponsor' THEN lower(h.sponsor) WHEN 'municipality' THEN lower(h.municipality)
        WHEN 'revier' THEN h.revier_name WHEN 'mission' THEN h.mission_code END END ASC NULLS LAST,
    CASE WHEN opts.descending THEN CASE opts.sort_key
        WHEN 'project_id' THEN h.project_id WHEN 'title' THEN lower(h.title)
        WHEN 'sponsor' THEN lower(h.sponsor) WHEN 'municipality' THEN lower(h.municipality)
        WHEN 'revier' THEN h.revier_name WHEN 'mission' THEN h.mission_code END END DESC NULLS LAST,
    CASE WHEN NOT opts.descending THEN CASE opts.sort_key
        WHEN 'stage' THEN h.stage_sort WHEN 'focus_area' THEN h.focus_area_sort
        WHEN 'requested_eur' THEN h.requested_eur WHEN 'granted_eur' THEN h.granted_eur
        END END ASC NULLS LAST,
    CASE WHEN opts.descending THEN CASE opts.sort_key
        WHEN 'stage' THEN h.stage_sort WHEN 'focus_area' THEN h.focus_area_sort
        WHEN 'requested_eur' THEN h.requested_eur WHEN 'granted_eur' THEN h.granted_eur
        END END DESC NULLS LAST,
    CASE WHEN NOT opts.descending THEN CASE opts.sort_key
        WHEN 'first_entered_on' THEN h.first_entered_on WHEN 'as_of' THEN h.as_of END END ASC NULLS LAST,
    CASE WHEN opts.descending THEN CASE opts.sort_key
        WHEN 'first_entered_on' THEN h.first_entered_on WHEN 'as_of' THEN h.as_of END END DESC NULLS LAST,
    h.project_id
LIMIT ? OFFSET ?
