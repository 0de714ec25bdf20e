-- Tracked assignments: this service's copy of each assignment, built from assignment-service's events, with the
-- schedule state of its reminders. A tick claims rows whose next_fire_at has come; handled_through is the last tick
-- that handled the row, so that after downtime only reminders fired since then are issued.

CREATE TABLE tracked_assignment (
    assignment_id   VARCHAR(64)  PRIMARY KEY,
    plan_id         VARCHAR(64)  NOT NULL,
    task_id         VARCHAR(64)  NOT NULL,
    task_number     VARCHAR(20),
    task_title      TEXT,
    unit_id         VARCHAR(64)  NOT NULL,
    unit_name       VARCHAR(200),
    region_code     VARCHAR(12),
    role            VARCHAR(16),
    deadline_raw    VARCHAR(200),
    deadline_kind   VARCHAR(16)  NOT NULL,
    due_date        DATE,
    cadence         VARCHAR(16),
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    last_report_at  TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    handled_through TIMESTAMPTZ,
    next_fire_at    TIMESTAMPTZ,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);

-- Only assignments that will ever remind again are in the tick's index.
CREATE INDEX tracked_assignment_due ON tracked_assignment (next_fire_at) WHERE next_fire_at IS NOT NULL;
CREATE INDEX tracked_assignment_by_plan ON tracked_assignment (plan_id);
CREATE INDEX tracked_assignment_lead ON tracked_assignment (task_id) WHERE role = 'LEAD';

-- Reminder policies: one default (plan_id null) and at most one override per plan.
CREATE TABLE reminder_policy (
    id                  UUID         PRIMARY KEY,
    plan_id             VARCHAR(64),
    before_days         INT[]        NOT NULL,
    on_due_day          BOOLEAN      NOT NULL,
    overdue_every_days  INT          NOT NULL,
    lead_unit_after     INT          NOT NULL,
    office_after        INT          NOT NULL,
    default_cadence     VARCHAR(16)  NOT NULL,
    periodic_grace_days INT          NOT NULL,
    local_hour          INT          NOT NULL,
    zone                VARCHAR(64)  NOT NULL,
    updated_by          VARCHAR(200) NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX reminder_policy_one_per_plan ON reminder_policy (coalesce(plan_id, ''));

-- Working-day arrangements uploaded by the office; a year here replaces the one shipped with the service.
CREATE TABLE calendar_year (
    year       INT          PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    source     VARCHAR(500),
    content    TEXT         NOT NULL,
    updated_by VARCHAR(200) NOT NULL,
    updated_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);
