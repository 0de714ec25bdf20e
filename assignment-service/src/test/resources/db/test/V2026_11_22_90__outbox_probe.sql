-- Test only: what the outbox probe consumer saw (every delivery) and applied (first deliveries, in arrival order).
CREATE TABLE outbox_probe_delivery (
    id         BIGSERIAL PRIMARY KEY,
    record_key TEXT NOT NULL,
    event_id   TEXT NOT NULL
);

CREATE TABLE outbox_probe_applied (
    id         BIGSERIAL PRIMARY KEY,
    record_key TEXT NOT NULL,
    report_id  TEXT NOT NULL
);
