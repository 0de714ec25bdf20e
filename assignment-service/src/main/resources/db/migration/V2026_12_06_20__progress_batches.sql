-- The batch log: every batch a county system (or a unit, or the office) pushed to POST /api/progress/batch, written
-- in the transaction that applies its reports, with the outcome of each report so that the console can show an
-- integration admin what became of every push. Text columns are bounded by the service (long ids and reasons cut);
-- a batch holds at most taizhang.assignments.max-batch items.
CREATE TABLE progress_batch (
    id           UUID        PRIMARY KEY,
    reporter     TEXT        NOT NULL,
    reported_via VARCHAR(16) NOT NULL,
    unit_id      TEXT,
    region       TEXT,
    received_at  TIMESTAMPTZ NOT NULL,
    reports      INTEGER     NOT NULL CHECK (reports > 0),
    accepted     INTEGER     NOT NULL,
    duplicates   INTEGER     NOT NULL,
    rejected     INTEGER     NOT NULL
);

-- Newest first: for everyone, for one pusher (a county system sees only its own), for one unit's staff.
CREATE INDEX progress_batch_by_time ON progress_batch (received_at DESC, id DESC);
CREATE INDEX progress_batch_by_reporter ON progress_batch (reporter, received_at DESC);
CREATE INDEX progress_batch_by_unit ON progress_batch (unit_id, received_at DESC) WHERE unit_id IS NOT NULL;

-- One row per report of a batch, in the order sent. assignment_id is the assignment the report was recorded on, or
-- for a rejected one the assignmentId it named; plan_id, task_number and unit_name are the reference as sent.
CREATE TABLE progress_batch_item (
    batch_id      UUID         NOT NULL REFERENCES progress_batch (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    report_id     VARCHAR(100),
    outcome       VARCHAR(16)  NOT NULL,
    code          VARCHAR(24),
    reason        VARCHAR(500),
    assignment_id UUID,
    plan_id       VARCHAR(100),
    task_number   VARCHAR(100),
    unit_name     VARCHAR(200),
    PRIMARY KEY (batch_id, position)
);
