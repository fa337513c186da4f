-- Role view of /api/v1/projekte (authenticated callers): the published columns of
-- opendata_projects.sql (relation `pub`) plus the contact (Ansprechpartner) where
-- dashboard.access allows it (api/views.py): ?1 = every contact, ?2 = the Fachnetzwerke whose
-- contacts the caller may see. Elsewhere the column is NULL.
SELECT
    pub.*,
    CASE WHEN ?::BOOLEAN OR list_contains(?::VARCHAR[], pub.fachnetzwerk) THEN fp.contact END
        AS kontakt
FROM pub
JOIN fp ON fp.project_id = pub.projekt_id
