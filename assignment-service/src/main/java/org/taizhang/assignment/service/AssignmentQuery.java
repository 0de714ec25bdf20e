package org.taizhang.assignment.service;

import org.taizhang.events.assignment.AssignmentStatus;

/** Filters of the assignment list; {@code regionCode} includes every unit inside the region. */
public record AssignmentQuery(
        String planId,
        String taskId,
        String unitId,
        String regionCode,
        AssignmentStatus status,
        Boolean overdue,
        int page,
        int size) {}
