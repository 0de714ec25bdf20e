package org.taizhang.assignment.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.Rejection;

/** What became of one report: accepted (new), a duplicate of an earlier one, or rejected and why. */
public record ReportOutcome(Outcome outcome, ProgressReport report, Rejection rejection) {

    /** The three answers a reporter can get for a report. */
    @Schema(
            description =
                    "What became of a report: ACCEPTED recorded now," + " DUPLICATE the same report was recorded before"
                            + " (nothing counted twice), REJECTED not recorded (see code and reason)")
    public enum Outcome {
        ACCEPTED,
        DUPLICATE,
        REJECTED
    }

    public static ReportOutcome accepted(ProgressReport report) {
        return new ReportOutcome(Outcome.ACCEPTED, report, null);
    }

    public static ReportOutcome duplicate(ProgressReport report) {
        return new ReportOutcome(Outcome.DUPLICATE, report, null);
    }

    public static ReportOutcome rejected(Rejection rejection) {
        return new ReportOutcome(Outcome.REJECTED, null, rejection);
    }
}
