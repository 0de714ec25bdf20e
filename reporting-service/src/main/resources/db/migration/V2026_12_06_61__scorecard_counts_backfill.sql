-- Fills the scorecard columns of V2026_12_06_60 from the reports and reminders already stored, as applying their
-- events would have (AssignmentProjection; ScorecardCountsTest runs this file against it). A reminder whose
-- assignment has not arrived yet gets the stub row its event would have made, so the count survives its creation.
-- The urging kinds are ScorecardCalculator.URGINGS.
INSERT INTO assignment (assignment_id, plan_id, task_id, unit_id, deadline_kind, status, created)
SELECT DISTINCT ON (m.assignment_id) m.assignment_id, coalesce(m.plan_id, ''), coalesce(m.task_id, ''),
       coalesce(m.unit_id, ''), 'UNSPECIFIED', 'NOT_STARTED', FALSE
  FROM reminder m
 WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a.assignment_id = m.assignment_id)
 ORDER BY m.assignment_id, m.reminder_id;

UPDATE assignment a
   SET report_times = coalesce(s.times, '{}'), reminders = coalesce(s.received, 0), urgings = coalesce(s.urgings, 0)
  FROM (SELECT coalesce(r.assignment_id, m.assignment_id) AS assignment_id, r.times, m.received, m.urgings
          FROM (SELECT assignment_id, array_agg(coalesce(received_at, reported_at)) AS times
                  FROM progress_report
                 WHERE coalesce(received_at, reported_at) IS NOT NULL
                 GROUP BY assignment_id) r
          FULL JOIN (SELECT assignment_id, count(*) AS received,
                            count(*) FILTER (WHERE kind IN ('OVERDUE', 'REPORT_OVERDUE')) AS urgings
                       FROM reminder
                      GROUP BY assignment_id) m ON m.assignment_id = r.assignment_id) s
 WHERE s.assignment_id = a.assignment_id;
