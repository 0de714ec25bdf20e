-- Outbox: events written in the same transaction as the change they describe, relayed to Kafka afterwards.
-- Inbox: events a consumer has applied, recorded in the same transaction as their effect.
-- Versions are dates (YYYY_MM_DD_NN) because these migrations share each service's Flyway history.

CREATE TABLE outbox_event (
    seq          BIGSERIAL    PRIMARY KEY,
    event_id     VARCHAR(200) NOT NULL UNIQUE,
    topic        VARCHAR(200) NOT NULL,
    record_key   VARCHAR(200) NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    source       VARCHAR(200) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   TEXT
);

CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

CREATE TABLE inbox_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    VARCHAR(200) NOT NULL,
    event_type  VARCHAR(200) NOT NULL,
    subject     VARCHAR(200),
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
