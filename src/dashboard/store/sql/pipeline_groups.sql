-- The groups of the funnel small multiples: Reviere or focus areas, in display order.
-- Parameter: the dimension ('revier' or 'focus_area'), twice.
SELECT code AS group_code, name AS group_name, sort AS group_sort FROM ref_revier WHERE ? = 'revier'
UNION ALL
SELECT code, name, sort FROM ref_focus_area WHERE ? <> 'revier'
ORDER BY group_sort
