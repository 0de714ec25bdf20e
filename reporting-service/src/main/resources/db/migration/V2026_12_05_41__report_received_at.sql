-- When the assignment-service received a report, which lateness goes by; reports of older events keep their
-- claimed time (reported_at) for it.
ALTER TABLE progress_report ADD COLUMN received_at TIMESTAMPTZ;
