package org.taizhang.assignment.service;

import java.util.UUID;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Reporter;

/**
 * One report sent on its own to one assignment, who sent it, and the traceparent of the request that sent it (a writer
 * thread records it, so its events must be told which trace they belong to).
 */
public record SingleReport(UUID assignmentId, ProgressInput input, Reporter reporter, String traceParent) {

    /** A report outside any trace. */
    public SingleReport(UUID assignmentId, ProgressInput input, Reporter reporter) {
        this(assignmentId, input, reporter, null);
    }

    ProgressService.Item item() {
        return new ProgressService.Item(
                new BatchEntry(input.reportId(), new AssignmentRef(assignmentId, null, null, null), input, null),
                reporter,
                traceParent);
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
