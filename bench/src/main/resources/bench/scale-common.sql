-- The province of the scale scenario, shared by every database's seed (temporary tables, this session only).
-- 20,000 units: 640 of the province (360000), the rest spread over 16 cities (36CC00) and 128 counties (36CCKK).
-- 2,000 published plans of 2026: plan 1 the province plan (50 tasks x 2,000 units = 100,000 assignments),
-- plans 2-129 the counties' plans derived from it, plans 130-2000 cities' plans; 19 tasks x 50 units each.
-- Ids are UUIDs that grow with the row number (prefix 5ca1e00X), so every primary key is appended at its end.
SET synchronous_commit = off;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';
SET client_min_messages = warning;

CREATE TEMP TABLE s_unit AS
SELECT u, r AS region, r || '-s' || lpad(u::text, 5, '0') AS id, '规模测试' || lpad(u::text, 5, '0') || '局' AS name,
       CASE WHEN r = '360000' THEN 'PROVINCE' WHEN r LIKE '%00' THEN 'CITY' ELSE 'COUNTY' END AS level
  FROM (SELECT u, CASE WHEN u <= 640 THEN '360000'
                       WHEN (u - 641) % 144 < 16 THEN '36' || lpad(((u - 641) % 144 + 1)::text, 2, '0') || '00'
                       ELSE '36' || lpad((((u - 641) % 144 - 16) / 8 + 1)::text, 2, '0')
                                 || lpad((((u - 641) % 144 - 16) % 8 + 1)::text, 2, '0') END AS r
          FROM generate_series(1, 20000) u) x;
CREATE UNIQUE INDEX ON s_unit (u);

CREATE TEMP TABLE s_plan AS
SELECT p, ('5ca1e000-0000-4000-8000-' || lpad(to_hex(p), 12, '0'))::uuid AS id,
       CASE WHEN p = 1 THEN '360000'
            WHEN p <= 129 THEN '36' || lpad(((p - 2) / 8 + 1)::text, 2, '0') || lpad(((p - 2) % 8 + 1)::text, 2, '0')
            ELSE '36' || lpad((p % 16 + 1)::text, 2, '0') || '00' END AS region,
       CASE WHEN p = 1 THEN 'PROVINCE' WHEN p <= 129 THEN 'COUNTY' ELSE 'CITY' END AS level,
       CASE WHEN p BETWEEN 2 AND 129 THEN '5ca1e000-0000-4000-8000-000000000001'::uuid END AS parent,
       CASE WHEN p = 1 THEN 50 ELSE 19 END AS tasks,
       CASE WHEN p = 1 THEN '规模测试省2026年政务公开重点工作任务分工'
            ELSE '规模测试2026年政务公开工作要点（第' || p || '号）' END AS title,
       timestamptz '2026-01-05 09:00+08' + (p % 20) * interval '1 day' AS published_at
  FROM generate_series(1, 2000) p;
CREATE UNIQUE INDEX ON s_plan (p);

CREATE TEMP TABLE s_task AS
SELECT tg, p, t, ('5ca1e001-0000-4000-8000-' || lpad(to_hex(tg), 12, '0'))::uuid AS id,
       CASE WHEN p BETWEEN 2 AND 129 THEN ('5ca1e001-0000-4000-8000-' || lpad(to_hex(t), 12, '0'))::uuid END AS source,
       ('5ca1e007-0000-4000-8000-' || lpad(to_hex(p * 8 + (t - 1) / 10), 12, '0'))::uuid AS section_id,
       (t - 1) / 10 AS section,
       (date '2026-02-01' + ((p * 7 + t) % 12) * interval '1 month')::date - 1 AS due,
       ((p * 7 + t) % 12 + 1) || '月底前' AS deadline_raw
  FROM (SELECT p, t, CASE WHEN p = 1 THEN t ELSE 50 + (p - 2) * 19 + t END AS tg
          FROM s_plan, generate_series(1, s_plan.tasks) t) x;
CREATE UNIQUE INDEX ON s_task (p, t);

-- Assignment n: plan 1 holds 1-100,000 (task t, unit 10k + t mod 10); then 950 a plan.
CREATE TEMP TABLE s_asg AS
SELECT n, p, t, k, u, ('5ca1e002-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid AS id,
       CASE WHEN n % 10 < 4 THEN 'COMPLETED' WHEN n % 10 < 8 THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END AS status,
       CASE WHEN n % 10 < 4 THEN 7 WHEN n % 10 < 8 THEN 5 + n % 2 ELSE 0 END AS reports,
       CASE WHEN k = 0 THEN 'LEAD' ELSE 'RESPONSIBLE' END AS role
  FROM (SELECT n, p, t, k,
               CASE WHEN p = 1 THEN 10 * k + (t - 1) % 10 + 1
                    WHEN p <= 129 THEN 657 + (p - 2) + 144 * ((t * 7 + k) % 134)
                    ELSE (p * 397 + t * 50 + k) % 20000 + 1 END AS u
          FROM (SELECT n,
                       CASE WHEN n <= 100000 THEN 1 ELSE (n - 100001) / 950 + 2 END AS p,
                       CASE WHEN n <= 100000 THEN (n - 1) / 2000 + 1 ELSE ((n - 100001) % 950) / 50 + 1 END AS t,
                       CASE WHEN n <= 100000 THEN (n - 1) % 2000 ELSE (n - 100001) % 50 END AS k
                  FROM generate_series(1, 1999050) n) y) x;
ANALYZE s_unit; ANALYZE s_plan; ANALYZE s_task; ANALYZE s_asg;

-- What the seed's time columns derive from: an assignment is created when its plan is published, reports every
-- 20 days after, a completed one completes with its last report.
CREATE TEMP VIEW s_asg_full AS
SELECT a.*, pl.published_at AS created_at, tk.id AS task_id, tk.due, tk.deadline_raw, tk.t AS task_number,
       un.id AS unit_id, un.name AS unit_name, un.region AS unit_region, pl.id AS plan_id,
       '规模测试任务' || tk.tg || '：按要求做好政务公开专栏信息发布' AS task_title,
       CASE WHEN a.reports > 0 THEN pl.published_at + a.reports * interval '20 days' END AS last_report_at
  FROM s_asg a JOIN s_plan pl ON pl.p = a.p JOIN s_task tk ON tk.p = a.p AND tk.t = a.t JOIN s_unit un ON un.u = a.u;

-- Report j (1..reports) of assignment n.
CREATE TEMP VIEW s_report AS
SELECT a.n, j, a.id AS assignment_id, a.p, a.plan_id, a.task_id, a.unit_id, a.created_at,
       ('5ca1e003-0000-4000-8000-' || lpad(to_hex(a.n * 8 + j), 12, '0'))::uuid AS id,
       CASE WHEN j = 1 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END AS previous_status,
       CASE WHEN j = a.reports AND a.status = 'COMPLETED' THEN 'COMPLETED' ELSE 'IN_PROGRESS' END AS status,
       '第' || j || '次进展：已按计划推进，相关信息已在政府网站专栏公开' AS summary,
       least(j * 15, 100) AS percent,
       CASE WHEN j = a.reports AND a.status = 'COMPLETED'
            THEN ARRAY['https://www.example.gov.cn/zwgk/2026/scale' || a.n || '.html'] ELSE '{}'::text[] END AS evidence,
       a.created_at + j * interval '20 days' AS reported_at
  FROM s_asg_full a, generate_series(1, a.reports) j;
