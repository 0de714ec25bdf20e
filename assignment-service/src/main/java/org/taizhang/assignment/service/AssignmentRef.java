package org.taizhang.assignment.service;

import java.util.Optional;
import java.util.UUID;
import org.taizhang.assignment.progress.PlainText;
import org.taizhang.assignment.progress.Rejection;

/** How a report names its assignment: by id, or as a county system knows it (plan, task number, unit name). */
public record AssignmentRef(UUID assignmentId, String planId, String taskNumber, String unitName) {

    public boolean byId() {
        return assignmentId != null;
    }

    public boolean complete() {
        return byId() || (notBlank(planId) && notBlank(taskNumber) && notBlank(unitName));
    }

    /** The names as plain text, since they go into the lookup queries. */
    public Optional<Rejection> checkText() {
        return PlainText.line("planId", planId)
                .or(() -> PlainText.line("taskNumber", taskNumber))
                .or(() -> PlainText.line("unitName", unitName))
                .map(message -> Rejection.of(Rejection.Reason.INVALID_FIELD, message));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
