-- Tracing: the W3C traceparent of the request (or consumer) that wrote the event, so that the relay publishes it in
-- the same trace, as a traceparent header. Null for rows written outside any trace and for rows from before.
-- A version-00 traceparent is 55 characters; the limit leaves room for a later version's.

ALTER TABLE outbox_event
    ADD COLUMN trace_parent VARCHAR(128);
