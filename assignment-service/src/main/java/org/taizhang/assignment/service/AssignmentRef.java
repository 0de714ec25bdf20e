package org.taizhang.assignment.service;

import java.util.UUID;

/** How a report names its assignment: by id, or as a county system knows it (plan, task number, unit name). */
public record AssignmentRef(UUID assignmentId, String planId, String taskNumber, String unitName) {

    public boolean byId() {
        return assignmentId != null;
    }

    public boolean complete() {
        return byId() || (notBlank(planId) && notBlank(taskNumber) && notBlank(unitName));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
