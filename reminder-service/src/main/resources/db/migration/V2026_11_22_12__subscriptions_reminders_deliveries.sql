-- Subscriptions: where a unit's or a region's reminders go (a signed webhook or an e-mail address).
-- Reminders: the log of issued reminders, at most one per key (assignment, kind, due date, step).
-- Deliveries: one row per reminder and subscription, worked by the delivery worker with retries.

CREATE TABLE subscription (
    id            UUID          PRIMARY KEY,
    unit_id       VARCHAR(64),
    region_code   VARCHAR(12),
    region_prefix VARCHAR(12),
    channel       VARCHAR(16)   NOT NULL,
    url           VARCHAR(2000),
    secret        VARCHAR(200),
    email         VARCHAR(320),
    active        BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by    VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_by    VARCHAR(200)  NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT subscription_unit_or_region CHECK ((unit_id IS NULL) <> (region_code IS NULL)),
    CONSTRAINT subscription_channel_target CHECK (
        (channel = 'WEBHOOK' AND url IS NOT NULL AND secret IS NOT NULL)
        OR (channel = 'EMAIL' AND email IS NOT NULL))
);

CREATE INDEX subscription_by_unit ON subscription (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX subscription_by_region ON subscription (region_prefix) WHERE region_prefix IS NOT NULL;

CREATE TABLE reminder (
    id                UUID         PRIMARY KEY,
    assignment_id     VARCHAR(64)  NOT NULL REFERENCES tracked_assignment (assignment_id),
    plan_id           VARCHAR(64)  NOT NULL,
    task_id           VARCHAR(64)  NOT NULL,
    unit_id           VARCHAR(64)  NOT NULL,
    region_code       VARCHAR(12),
    kind              VARCHAR(16)  NOT NULL,
    due_date          DATE         NOT NULL,
    step              INT          NOT NULL,
    target            VARCHAR(16)  NOT NULL,
    recipient_unit_id VARCHAR(64),
    fire_on           DATE         NOT NULL,
    fire_at           TIMESTAMPTZ  NOT NULL,
    official_calendar BOOLEAN      NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    issued_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT reminder_once_per_key UNIQUE (assignment_id, kind, due_date, step)
);

CREATE INDEX reminder_by_unit ON reminder (unit_id, issued_at);
CREATE INDEX reminder_by_recipient ON reminder (recipient_unit_id) WHERE recipient_unit_id IS NOT NULL;
CREATE INDEX reminder_by_region ON reminder (region_code text_pattern_ops);
CREATE INDEX reminder_by_status ON reminder (status, issued_at);

CREATE TABLE delivery (
    id              UUID          PRIMARY KEY,
    reminder_id     UUID          NOT NULL REFERENCES reminder (id),
    subscription_id UUID          REFERENCES subscription (id) ON DELETE SET NULL,
    channel         VARCHAR(16)   NOT NULL,
    target          VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    claim_token     UUID,
    last_error      TEXT,
    last_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    failed_at       TIMESTAMPTZ,
    created_at      TIMESTAMPTZ   NOT NULL,
    CONSTRAINT delivery_once_per_subscription UNIQUE (reminder_id, subscription_id)
);

-- The worker's claim: due rows of a status, oldest attempt first.
CREATE INDEX delivery_due ON delivery (status, next_attempt_at);
CREATE INDEX delivery_by_reminder ON delivery (reminder_id);
CREATE INDEX delivery_by_subscription ON delivery (subscription_id);
