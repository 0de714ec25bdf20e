-- Progress reports as units and county systems send them, and the audit trail of every assignment change.

ALTER TABLE assignment
    ADD COLUMN percent      SMALLINT,
    ADD COLUMN last_summary TEXT,
    ADD COLUMN completed_at TIMESTAMPTZ;

-- A client's reportId is unique per reporter (token subject): a retried report is recognised, a reused id refused.
CREATE TABLE progress_report (
    id               UUID         PRIMARY KEY,
    assignment_id    UUID         NOT NULL REFERENCES assignment (id),
    reporter         VARCHAR(200) NOT NULL,
    reported_via     VARCHAR(16)  NOT NULL,
    client_report_id VARCHAR(100),
    fingerprint      CHAR(64)     NOT NULL,
    previous_status  VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    summary          TEXT,
    percent          SMALLINT,
    evidence         TEXT[]       NOT NULL,
    reported_at      TIMESTAMPTZ  NOT NULL,
    received_at      TIMESTAMPTZ  NOT NULL,
    -- false when an older report arrived after a newer one: kept in the history, the status left alone
    applied          BOOLEAN      NOT NULL,
    CONSTRAINT progress_report_once_per_client_id UNIQUE (reporter, client_report_id)
);

CREATE INDEX progress_report_by_assignment ON progress_report (assignment_id, reported_at);

CREATE TABLE assignment_audit (
    id            UUID         PRIMARY KEY,
    assignment_id UUID         NOT NULL REFERENCES assignment (id),
    at            TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    action        VARCHAR(24)  NOT NULL,
    before_state  TEXT,
    after_state   TEXT
);

CREATE INDEX assignment_audit_by_assignment ON assignment_audit (assignment_id, at);
CREATE INDEX assignment_by_unit_and_plan ON assignment (unit_id, plan_id);

-- What the office decided for a pending item: the units it chose, or why it dismissed the item.
ALTER TABLE pending_item
    ADD COLUMN resolved_unit_ids TEXT,
    ADD COLUMN note              TEXT;

-- The requirement text (工作要求) of a task, shown in the unit's ledger beside the task.
ALTER TABLE tracked_task ADD COLUMN requirement TEXT;
