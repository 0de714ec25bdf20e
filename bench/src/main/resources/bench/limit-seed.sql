-- The limit database: assignment-service's own schema with 1,000 synthetic assignments, no relay reading it.
INSERT INTO unit (id, name, kind, level, region_code, created_by, created_at, updated_by, updated_at)
VALUES ('bench-unit', '基准测试单位', 'DEPARTMENT', 'COUNTY', '349999', 'bench', now(), 'bench', now());
INSERT INTO tracked_plan (plan_id, title, year, region_code) VALUES ('bench-plan', '基准测试计划', 2026, '349999');
INSERT INTO assignment (id, plan_id, task_id, task_number, task_title, unit_id, unit_name, region_code, role,
                        deadline_kind, due_date, status, created_at, updated_at)
SELECT ('00000000-0000-0000-0000-' || lpad(n::text, 12, '0'))::uuid, 'bench-plan', 'bench-task-' || n, n::text,
       '基准测试任务' || n, 'bench-unit', '基准测试单位', '349999', 'RESPONSIBLE', 'FIXED', DATE '2026-12-31',
       'NOT_STARTED', now(), now()
FROM generate_series(1, 1000) AS n;
ANALYZE;
