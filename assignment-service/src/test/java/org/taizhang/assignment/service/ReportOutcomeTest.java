package org.taizhang.assignment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.assignment.service.ReportOutcome.Outcome;

class ReportOutcomeTest {

    @Test
    void shouldCarryTheNewReportWhenAccepted() {
        ProgressReport report = report();

        ReportOutcome outcome = ReportOutcome.accepted(report);

        assertThat(outcome.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(outcome.report()).isSameAs(report);
        assertThat(outcome.rejection()).isNull();
    }

    @Test
    void shouldCarryTheEarlierReportForADuplicate() {
        ProgressReport earlier = report();

        ReportOutcome outcome = ReportOutcome.duplicate(earlier);

        assertThat(outcome.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(outcome.report()).isSameAs(earlier);
        assertThat(outcome.rejection()).isNull();
    }

    @Test
    void shouldCarryOnlyTheReasonWhenRejected() {
        Rejection conflict = Rejection.of(Reason.CONFLICT, "reportId r-1 was already used for a different report");

        ReportOutcome outcome = ReportOutcome.rejected(conflict);

        assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(outcome.report()).isNull();
        assertThat(outcome.rejection()).isEqualTo(conflict);
        assertThat(outcome.rejection().reason()).isEqualTo(Reason.CONFLICT);
    }

    @Test
    void shouldCarryTheReadingProblemOfAnUnreadableBatchItem() {
        Rejection why = Rejection.of(Reason.INVALID_FIELD, "unknown field stauts");

        BatchEntry entry = BatchEntry.unreadable("r-7", why);

        assertThat(entry.reportId()).isEqualTo("r-7");
        assertThat(entry.unreadable()).isEqualTo(why);
        assertThat(entry.ref()).isNull();
        assertThat(entry.input()).isNull();
    }

    private static ProgressReport report() {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.assignmentId = UUID.randomUUID();
        return report;
    }
}
