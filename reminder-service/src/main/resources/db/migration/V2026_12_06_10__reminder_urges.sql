-- 催办 by hand: the office urges an overdue assignment at once. Such a reminder records who urged it (token subject),
-- the note sent with it and the client's request id, which makes a retried urge return the first one. It is an
-- OVERDUE reminder at the escalation step in force, so it shares a scheduled reminder's key: the once-per-key rule
-- now binds the scheduled reminders only (the tick's ON CONFLICT DO NOTHING takes partial unique indexes as well).
ALTER TABLE reminder
    ADD COLUMN urged_by   VARCHAR(200),
    ADD COLUMN note       VARCHAR(500),
    ADD COLUMN request_id VARCHAR(100),
    ADD CONSTRAINT reminder_urge_details CHECK (urged_by IS NOT NULL OR (note IS NULL AND request_id IS NULL));

ALTER TABLE reminder DROP CONSTRAINT reminder_once_per_key;
CREATE UNIQUE INDEX reminder_once_per_key ON reminder (assignment_id, kind, due_date, step) WHERE urged_by IS NULL;

-- A request id is the caller's own: unique per office account, as a report id is per reporter.
CREATE UNIQUE INDEX reminder_urge_once_per_request ON reminder (urged_by, request_id) WHERE request_id IS NOT NULL;

-- The history filtered by assignment, and the cool-down's look for the latest urge, without the key's index.
CREATE INDEX reminder_by_assignment ON reminder (assignment_id, issued_at);
