-- Exactly what one progress report writes: the report, the assignment's new state, one outbox row.
\set n random(1, 1000)
BEGIN;
INSERT INTO progress_report (id, assignment_id, reporter, reported_via, client_report_id, fingerprint,
                             previous_status, status, summary, percent, evidence, reported_at, received_at, applied)
VALUES (gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad(:n::text, 12, '0'))::uuid, 'bench', 'INTEGRATION',
        gen_random_uuid()::text, md5(random()::text) || md5(random()::text), 'IN_PROGRESS', 'IN_PROGRESS',
        '按计划推进，已完成阶段性工作', 50, '{https://www.example.gov.cn/zwgk/2026/t1.html}', now(), now(), true);
UPDATE assignment SET status = 'IN_PROGRESS', percent = 50, last_summary = '按计划推进，已完成阶段性工作',
       last_report_at = now(), updated_at = now(), version = version + 1
 WHERE id = ('00000000-0000-0000-0000-' || lpad(:n::text, 12, '0'))::uuid;
INSERT INTO outbox_event (event_id, topic, record_key, event_type, source, occurred_at, payload)
VALUES (gen_random_uuid()::text, 'taizhang.assignments.v1', :n::text, 'taizhang.progress.reported.v1', '/bench', now(),
        '{"reportId":"5d0c2a4e-0000-0000-0000-000000000000","assignmentId":"00000000-0000-0000-0000-000000000001","planId":"bench-plan","taskId":"bench-task-1","unitId":"bench-unit","status":"IN_PROGRESS","summary":"按计划推进，已完成阶段性工作","evidenceUrls":["https://www.example.gov.cn/zwgk/2026/t1.html"],"reportedBy":"bench","reportedVia":"INTEGRATION","reportedAt":"2026-11-22T08:00:00Z"}');
END;
