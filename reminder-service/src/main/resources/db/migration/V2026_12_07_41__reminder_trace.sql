-- Tracing: each reminder has a trace of its own (the urging request's for an urge; a new one for a scheduled
-- reminder), kept as its W3C traceparent so that every delivery attempt, whenever it happens, is a span of it.
-- Null for reminders issued before.

ALTER TABLE reminder
    ADD COLUMN trace_parent VARCHAR(128);
