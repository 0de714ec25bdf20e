package org.taizhang.assignment.service;

import java.util.UUID;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Reporter;

/** One report sent on its own to one assignment, and who sent it. */
public record SingleReport(UUID assignmentId, ProgressInput input, Reporter reporter) {

    ProgressService.Item item() {
        return new ProgressService.Item(
                new BatchEntry(input.reportId(), new AssignmentRef(assignmentId, null, null, null), input, null),
                reporter);
    }

    /** The answer to a single report: its outcome, or its refusal thrown as the problem the caller gets. */
    public static ReportOutcome answer(UUID assignmentId, ReportOutcome outcome) {
        if (outcome.outcome() != ReportOutcome.Outcome.REJECTED) {
            return outcome;
        }
        if (outcome.rejection().reason() == Rejection.Reason.UNKNOWN_ASSIGNMENT) {
            throw new AssignmentNotFoundException(assignmentId);
        }
        throw new ReportRejectedException(outcome.rejection());
    }
}
