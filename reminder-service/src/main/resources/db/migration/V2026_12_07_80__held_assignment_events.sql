-- Assignment events that came before their assignment's creation. A task's new assignments are announced together
-- (AssignmentsCreated, keyed by the task) while each assignment's later events are keyed by the assignment, so from
-- another partition they can come first. They wait here, in the order received (seq), and are applied in the
-- transaction that creates the assignment, then deleted. Those whose creation never comes (assignments created before
-- this service listened) are purged after taizhang.reminders.held-events.max-age.
CREATE TABLE held_assignment_event (
    seq           BIGSERIAL    PRIMARY KEY,
    event_id      VARCHAR(200) NOT NULL UNIQUE,
    assignment_id VARCHAR(64)  NOT NULL,
    event_type    VARCHAR(200) NOT NULL,
    payload       TEXT         NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL
);

-- Each poll takes the held events of the assignments it creates or changes (assignment_id = any(...)) in one
-- statement: an index probe per assignment, which finds nothing in the common case of nothing held.
CREATE INDEX held_assignment_event_by_assignment ON held_assignment_event (assignment_id, seq);

-- The purge of events held too long.
CREATE INDEX held_assignment_event_by_age ON held_assignment_event (received_at);
