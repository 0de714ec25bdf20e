-- Assignments: one per (task, unit) of a published plan, with the task's deadline as the unit must meet it.
-- Pending items: unit mentions the directory could not turn into units, waiting for the office.
-- Tracked plans and tasks: what this service needs to know of a plan to apply its later events and to
-- create assignments when the office resolves a pending item.

CREATE TABLE tracked_plan (
    plan_id     VARCHAR(64)  PRIMARY KEY,
    title       VARCHAR(500) NOT NULL,
    year        INT          NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    closed_at   TIMESTAMPTZ
);

CREATE TABLE tracked_task (
    task_id       VARCHAR(64)  PRIMARY KEY,
    plan_id       VARCHAR(64)  NOT NULL REFERENCES tracked_plan (plan_id),
    number        VARCHAR(20),
    title         TEXT         NOT NULL,
    deadline_raw  VARCHAR(200),
    deadline_kind VARCHAR(16)  NOT NULL,
    due_date      DATE,
    cadence       VARCHAR(16),
    withdrawn_at  TIMESTAMPTZ
);

CREATE INDEX tracked_task_by_plan ON tracked_task (plan_id);

CREATE TABLE assignment (
    id            UUID         PRIMARY KEY,
    plan_id       VARCHAR(64)  NOT NULL REFERENCES tracked_plan (plan_id),
    task_id       VARCHAR(64)  NOT NULL,
    task_number   VARCHAR(20),
    task_title    TEXT         NOT NULL,
    unit_id       VARCHAR(64)  NOT NULL REFERENCES unit (id),
    unit_name     VARCHAR(200) NOT NULL,
    region_code   VARCHAR(12)  NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    deadline_raw  VARCHAR(200),
    deadline_kind VARCHAR(16)  NOT NULL,
    due_date      DATE,
    cadence       VARCHAR(16),
    status        VARCHAR(16)  NOT NULL,
    last_report_at TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    cancel_reason TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT assignment_once_per_task_and_unit UNIQUE (task_id, unit_id)
);

CREATE INDEX assignment_by_plan ON assignment (plan_id);
CREATE INDEX assignment_by_unit ON assignment (unit_id);
CREATE INDEX assignment_by_region ON assignment (region_code);

CREATE TABLE pending_item (
    id             UUID         PRIMARY KEY,
    plan_id        VARCHAR(64)  NOT NULL REFERENCES tracked_plan (plan_id),
    task_id        VARCHAR(64)  NOT NULL,
    mention_raw    VARCHAR(300),
    mention_name   VARCHAR(300) NOT NULL,
    role           VARCHAR(16)  NOT NULL,
    reason         VARCHAR(24)  NOT NULL,
    candidate_ids  TEXT,
    status         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    resolved_by    VARCHAR(200),
    resolved_at    TIMESTAMPTZ,
    CONSTRAINT pending_once_per_task_and_mention UNIQUE (task_id, mention_name, role)
);

CREATE INDEX pending_item_by_plan ON pending_item (plan_id, status);
