-- assignment-service: the unit directory, the tracked plans and tasks, 2,000,000 assignments, 10,000,000 reports.
INSERT INTO unit (id, name, kind, level, region_code, parent_id, created_by, created_at, updated_by, updated_at, version)
SELECT id, name, 'DEPARTMENT', level, region, NULL, 'bench-scale', now(), 'bench-scale', now(), 0 FROM s_unit ORDER BY u;

INSERT INTO tracked_plan (plan_id, title, year, region_code, closed_at)
SELECT id::text, title, 2026, region, NULL FROM s_plan ORDER BY p;

INSERT INTO tracked_task (task_id, plan_id, number, title, deadline_raw, deadline_kind, due_date, cadence, withdrawn_at,
                          requirement, section)
SELECT t.id::text, pl.id::text, t.t::text, '规模测试任务' || t.tg || '：按要求做好政务公开专栏信息发布', t.deadline_raw,
       'FIXED', t.due, NULL, NULL, '及时更新政府网站专栏内容，按月报送进展。',
       (ARRAY['一、', '二、', '三、', '四、', '五、'])[t.section + 1] || '重点领域信息公开'
  FROM s_task t JOIN s_plan pl ON pl.p = t.p ORDER BY t.tg;

INSERT INTO assignment (id, plan_id, task_id, task_number, task_title, unit_id, unit_name, region_code, role,
                        deadline_raw, deadline_kind, due_date, cadence, status, last_report_at, cancelled_at,
                        cancel_reason, created_at, updated_at, version, percent, last_summary, completed_at,
                        latest_reported_at)
SELECT id, plan_id::text, task_id::text, task_number::text, task_title, unit_id, unit_name, unit_region, role,
       deadline_raw, 'FIXED', due, NULL, status, last_report_at, NULL, NULL, created_at,
       coalesce(last_report_at, created_at), reports,
       CASE status WHEN 'COMPLETED' THEN 100 WHEN 'IN_PROGRESS' THEN least(reports * 15, 100) END,
       CASE WHEN reports > 0 THEN '第' || reports || '次进展：已按计划推进，相关信息已在政府网站专栏公开' END,
       CASE WHEN status = 'COMPLETED' THEN last_report_at END, last_report_at
  FROM s_asg_full ORDER BY n;

INSERT INTO progress_report (id, assignment_id, reporter, reported_via, client_report_id, fingerprint, previous_status,
                             status, summary, percent, evidence, reported_at, received_at, applied)
SELECT id, assignment_id, 'scale-reporter-' || lpad(p::text, 4, '0'), 'UNIT',
       'scale-' || lpad(n::text, 7, '0') || '-' || j, lpad(to_hex(n * 8 + j), 64, '0'), previous_status, status,
       summary, percent, evidence, reported_at, reported_at + interval '1 minute', true
  FROM s_report ORDER BY n, j;
