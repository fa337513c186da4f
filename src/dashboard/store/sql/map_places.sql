-- Projects per stated district and municipality (the map places each group once).
SELECT fp.district_code, fp.municipality, count(*) AS projects
FROM fp
GROUP BY ALL
ORDER BY projects DESC, fp.district_code, fp.municipality
