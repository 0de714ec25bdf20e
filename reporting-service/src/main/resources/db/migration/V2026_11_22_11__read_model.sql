-- The read model: what the plan, assignment and reminder events say, stored keyed by the ids the events carry.
-- No foreign keys between these tables: events of different topics arrive in any order (an assignment may come
-- before its plan), so rows are joined when a report is asked for, not when they are written. Every table here
-- can be emptied and refilled from the topics (POST /api/admin/rebuild).

CREATE TABLE plan (
    plan_id        VARCHAR(200) PRIMARY KEY,
    title          TEXT,
    year           INT          NOT NULL,
    region_code    VARCHAR(20),
    region_name    TEXT,
    level          VARCHAR(20),
    parent_plan_id VARCHAR(200),
    published_by   TEXT,
    published_at   TIMESTAMPTZ,
    closed_at      TIMESTAMPTZ
);

CREATE INDEX plan_by_year ON plan (year);
CREATE INDEX plan_by_parent ON plan (parent_plan_id);

-- position keeps document order; lead and responsible units are the names the plan gives (groups kept whole).
CREATE TABLE task (
    task_id           VARCHAR(200) PRIMARY KEY,
    plan_id           VARCHAR(200) NOT NULL,
    position          INT          NOT NULL,
    number            TEXT,
    section_path      TEXT[]       NOT NULL DEFAULT '{}',
    title             TEXT,
    requirement       TEXT,
    lead_units        TEXT[]       NOT NULL DEFAULT '{}',
    responsible_units TEXT[]       NOT NULL DEFAULT '{}',
    deadline_raw      TEXT,
    deadline_kind     VARCHAR(16)  NOT NULL,
    due_date          DATE,
    cadence           VARCHAR(16),
    source_task_id    VARCHAR(200),
    withdrawn_at      TIMESTAMPTZ
);

CREATE INDEX task_by_plan ON task (plan_id, position);

-- created is false while only later events of the assignment are known (a stub waiting for its creation).
CREATE TABLE assignment (
    assignment_id  VARCHAR(200) PRIMARY KEY,
    plan_id        VARCHAR(200) NOT NULL,
    task_id        VARCHAR(200) NOT NULL,
    task_number    TEXT,
    task_title     TEXT,
    unit_id        VARCHAR(200) NOT NULL,
    unit_name      TEXT,
    region_code    VARCHAR(20),
    role           VARCHAR(16),
    deadline_raw   TEXT,
    deadline_kind  VARCHAR(16)  NOT NULL,
    due_date       DATE,
    cadence        VARCHAR(16),
    status         VARCHAR(16)  NOT NULL,
    created        BOOLEAN      NOT NULL DEFAULT FALSE,
    assigned_at    TIMESTAMPTZ,
    completed_at   TIMESTAMPTZ,
    last_report_at TIMESTAMPTZ,
    cancelled_at   TIMESTAMPTZ
);

CREATE INDEX assignment_by_plan ON assignment (plan_id);
CREATE INDEX assignment_by_unit ON assignment (unit_id);

CREATE TABLE progress_report (
    report_id     VARCHAR(200) PRIMARY KEY,
    assignment_id VARCHAR(200) NOT NULL,
    plan_id       VARCHAR(200),
    task_id       VARCHAR(200),
    unit_id       VARCHAR(200),
    status        VARCHAR(16),
    summary       TEXT,
    evidence_urls TEXT[]       NOT NULL DEFAULT '{}',
    reported_by   TEXT,
    reported_via  VARCHAR(40),
    reported_at   TIMESTAMPTZ
);

CREATE INDEX progress_report_by_assignment ON progress_report (assignment_id, reported_at);
CREATE INDEX progress_report_by_plan ON progress_report (plan_id);

CREATE TABLE status_change (
    id              UUID         PRIMARY KEY,
    assignment_id   VARCHAR(200) NOT NULL,
    plan_id         VARCHAR(200),
    previous_status VARCHAR(16),
    status          VARCHAR(16)  NOT NULL,
    changed_by      TEXT,
    changed_at      TIMESTAMPTZ  NOT NULL
);

CREATE INDEX status_change_by_plan ON status_change (plan_id, changed_at);

CREATE TABLE reminder (
    reminder_id       VARCHAR(200) PRIMARY KEY,
    assignment_id     VARCHAR(200) NOT NULL,
    plan_id           VARCHAR(200),
    task_id           VARCHAR(200),
    unit_id           VARCHAR(200),
    kind              VARCHAR(20),
    due_date          DATE,
    escalation_step   INT          NOT NULL DEFAULT 0,
    recipient_unit_id VARCHAR(200),
    issued_at         TIMESTAMPTZ
);

CREATE INDEX reminder_by_plan ON reminder (plan_id);

-- The office's scoring weights (考核): one row once the office has set them; ScoreWeights.DEFAULT until then.
-- Not part of the read model: a rebuild leaves it alone.
CREATE TABLE score_weights (
    id              INT              PRIMARY KEY CHECK (id = 1),
    completion      DOUBLE PRECISION NOT NULL,
    reporting       DOUBLE PRECISION NOT NULL,
    late_credit     DOUBLE PRECISION NOT NULL,
    overdue_penalty DOUBLE PRECISION NOT NULL,
    urging_penalty  DOUBLE PRECISION NOT NULL,
    updated_by      TEXT             NOT NULL,
    updated_at      TIMESTAMPTZ      NOT NULL
);
