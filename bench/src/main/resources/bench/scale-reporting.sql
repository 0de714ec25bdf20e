-- reporting-service's read model: what the topics would have brought for the same plans, assignments, reports,
-- status changes and reminders (the seed bypasses Kafka, so a rebuild from the topics does not bring it back).
INSERT INTO plan (plan_id, title, year, region_code, region_name, level, parent_plan_id, published_by, published_at,
                  closed_at)
SELECT id::text, title, 2026, region, NULL, level, parent::text, 'bench-scale', published_at, NULL FROM s_plan ORDER BY p;

INSERT INTO task (task_id, plan_id, position, number, section_path, title, requirement, lead_units, responsible_units,
                  deadline_raw, deadline_kind, due_date, cadence, source_task_id, withdrawn_at)
SELECT t.id::text, pl.id::text, t.t, t.t::text,
       ARRAY[(ARRAY['一、', '二、', '三、', '四、', '五、'])[t.section + 1] || '重点领域信息公开'],
       '规模测试任务' || t.tg || '：按要求做好政务公开专栏信息发布', '及时更新政府网站专栏内容，按月报送进展。',
       ARRAY[n.lead], n.responsible, t.deadline_raw, 'FIXED', t.due, NULL, t.source::text, NULL
  FROM s_task t JOIN s_plan pl ON pl.p = t.p
  JOIN (SELECT a.p, a.t, min(un.name) FILTER (WHERE a.k = 0) AS lead,
               array_agg(un.name ORDER BY a.k) FILTER (WHERE a.k > 0) AS responsible
          FROM s_asg a JOIN s_unit un ON un.u = a.u GROUP BY a.p, a.t) n ON n.p = t.p AND n.t = t.t
 ORDER BY t.tg;

-- report_times, reminders and urgings are what applying the reports and reminders below keeps on each assignment
-- (the times they were received; every reminder, and the OVERDUE ones).
INSERT INTO assignment (assignment_id, plan_id, task_id, task_number, task_title, unit_id, unit_name, region_code, role,
                        deadline_raw, deadline_kind, due_date, cadence, status, created, assigned_at, completed_at,
                        last_report_at, cancelled_at, report_times, reminders, urgings)
SELECT id::text, plan_id::text, task_id::text, task_number::text, task_title, unit_id, unit_name, unit_region, role,
       deadline_raw, 'FIXED', due, NULL, status, true, created_at,
       CASE WHEN status = 'COMPLETED' THEN last_report_at END, last_report_at, NULL,
       ARRAY(SELECT created_at + j * interval '20 days' + interval '1 minute' FROM generate_series(1, reports) j),
       CASE WHEN n % 2 = 0 THEN 1 ELSE 0 END, CASE WHEN n % 4 = 2 THEN 1 ELSE 0 END
  FROM s_asg_full ORDER BY n;

INSERT INTO progress_report (report_id, assignment_id, plan_id, task_id, unit_id, status, summary, evidence_urls,
                             reported_by, reported_via, reported_at, received_at)
SELECT id::text, assignment_id::text, plan_id::text, task_id::text, unit_id, status, summary, evidence,
       'scale-reporter-' || lpad(p::text, 4, '0'), 'UNIT', reported_at, reported_at + interval '1 minute'
  FROM s_report ORDER BY n, j;

INSERT INTO status_change (id, assignment_id, plan_id, previous_status, status, changed_by, changed_at)
SELECT ('5ca1e005-0000-4000-8000-' || lpad(to_hex(n * 2 + c), 12, '0'))::uuid, id::text, plan_id::text,
       CASE WHEN c = 0 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END, CASE WHEN c = 0 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END,
       'scale-reporter-' || lpad(p::text, 4, '0'),
       CASE WHEN c = 0 THEN created_at + interval '20 days' ELSE last_report_at END
  FROM s_asg_full, generate_series(0, CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END) c
 WHERE reports > 0 ORDER BY n, c;

INSERT INTO reminder (reminder_id, assignment_id, plan_id, task_id, unit_id, kind, due_date, escalation_step,
                      recipient_unit_id, issued_at)
SELECT ('5ca1e004-0000-4000-8000-' || lpad(to_hex(n), 12, '0')), id::text, plan_id::text, task_id::text, unit_id,
       CASE WHEN n % 4 = 0 THEN 'BEFORE_DUE' ELSE 'OVERDUE' END, due, CASE WHEN n % 4 = 0 THEN 0 ELSE 1 END, NULL,
       (CASE WHEN n % 4 = 0 THEN due - 3 ELSE due + 1 END) + time '01:00'
  FROM s_asg_full WHERE n % 2 = 0 ORDER BY n;

