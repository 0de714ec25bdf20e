-- The lists' capped counts are index-only scans (V2026_12_06_30), cheap only while the table's pages are marked
-- all-visible. Autovacuum marks them, but by default only after inserts of a fifth of the table: at province size
-- 440,000 rows, four fan-outs of 100,000. Until then each count fetched the new rows' table pages (a city's overdue
-- count: 2,025 heap fetches of its 10,001 rows), and the planner, seeing 7 % of the pages not all-visible, counted a
-- plan's overdue assignments through assignment_by_plan and the table (24-52 ms) instead of assignment_list_overdue
-- alone (7 ms). Vacuumed after 1 % of the table instead, a fan-out's rows are marked within minutes of it.
ALTER TABLE assignment SET (autovacuum_vacuum_insert_scale_factor = 0.01);
