package org.taizhang.reporting.model;

import java.time.Instant;
import org.taizhang.events.assignment.AssignmentStatus;

/** An assignment's status moved to {@code status} at {@code changedAt}; the history behind completion charts. */
public record StatusChangeFacts(String assignmentId, AssignmentStatus status, Instant changedAt) {}
