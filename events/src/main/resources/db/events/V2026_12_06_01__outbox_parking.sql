-- Parking: a row Kafka can never take (larger than a record may be, or refused as invalid) is set aside with the
-- reason and time instead of being retried ahead of the rows behind it. Later rows of its key (its aggregate) wait
-- behind it so that consumers never see an aggregate's events out of order; rows of other keys go on.
-- An operator releases a parked row by clearing parked_at (sent again, e.g. after raising the broker's limit) or by
-- deleting it (dropped; the rows of its key behind it go on).

ALTER TABLE outbox_event
    ADD COLUMN parked_at   TIMESTAMPTZ,
    ADD COLUMN park_reason TEXT;

DROP INDEX outbox_event_pending;
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_event_parked ON outbox_event (record_key) WHERE parked_at IS NOT NULL;
