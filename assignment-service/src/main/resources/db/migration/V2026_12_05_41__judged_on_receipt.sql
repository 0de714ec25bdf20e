-- Timeliness is judged on when Taizhang received a report, not on the time the report claims: last_report_at and
-- completed_at become receipt times, and the claimed time of the last report applied, which orders reports that
-- arrive out of order, moves to a column of its own.
ALTER TABLE assignment ADD COLUMN latest_reported_at TIMESTAMPTZ;

UPDATE assignment SET latest_reported_at = last_report_at;

UPDATE assignment a SET last_report_at = r.received_at
FROM (SELECT assignment_id, max(received_at) AS received_at FROM progress_report WHERE applied GROUP BY assignment_id) r
WHERE r.assignment_id = a.id;

UPDATE assignment a SET completed_at = r.received_at
FROM progress_report r
WHERE a.status = 'COMPLETED' AND r.assignment_id = a.id AND r.applied AND r.status = 'COMPLETED'
  AND r.previous_status <> 'COMPLETED' AND r.reported_at = a.completed_at;
