-- reminder-service: every assignment tracked (the open ones with their next reminder planned), 1,000,000 reminders.
INSERT INTO tracked_assignment (assignment_id, plan_id, task_id, task_number, task_title, unit_id, unit_name,
                                region_code, role, deadline_raw, deadline_kind, due_date, cadence, status, created_at,
                                last_report_at, cancelled_at, handled_through, next_fire_at, updated_at, version)
SELECT id::text, plan_id::text, task_id::text, task_number::text, task_title, unit_id, unit_name, unit_region, role,
       deadline_raw, 'FIXED', due, NULL, status, created_at, last_report_at, NULL, timestamptz '2026-12-01 09:00+08',
       CASE WHEN status <> 'COMPLETED' THEN greatest(due + 1, date '2027-01-04') + time '09:00' END,
       coalesce(last_report_at, created_at), 0
  FROM s_asg_full ORDER BY n;

INSERT INTO reminder (id, assignment_id, plan_id, task_id, unit_id, region_code, kind, due_date, step, target,
                      recipient_unit_id, fire_on, fire_at, official_calendar, status, issued_at)
SELECT ('5ca1e004-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, id::text, plan_id::text, task_id::text,
       unit_id, unit_region, CASE WHEN n % 4 = 0 THEN 'BEFORE_DUE' ELSE 'OVERDUE' END, due,
       CASE WHEN n % 4 = 0 THEN 0 ELSE 1 END, 'UNIT', NULL,
       CASE WHEN n % 4 = 0 THEN due - 3 ELSE due + 1 END,
       (CASE WHEN n % 4 = 0 THEN due - 3 ELSE due + 1 END) + time '01:00', true, 'DELIVERED',
       (CASE WHEN n % 4 = 0 THEN due - 3 ELSE due + 1 END) + time '01:00'
  FROM s_asg_full WHERE n % 2 = 0 ORDER BY n;
