package org.taizhang.assignment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.assignment.service.AssignmentRef;
import org.taizhang.assignment.service.BatchEntry;
import org.taizhang.assignment.service.ReportOutcome;
import org.taizhang.assignment.service.ReportOutcome.Outcome;
import org.taizhang.events.assignment.AssignmentStatus;

class BatchResultViewTest {

    private static final UUID FIRST = UUID.fromString("6f1c2a4e-8d7b-4a35-9c61-2f0e5b7d9a10");
    private static final UUID BATCH = UUID.fromString("3e5b7a90-2c4d-4e6f-8a1b-9c0d2e4f6a8b");
    private static final UUID SECOND = UUID.fromString("0b9e3d58-1a2c-4f7e-8b6d-5c4a3e2f1d00");

    private static final List<BatchEntry> ENTRIES = List.of(
            entry("r-1", FIRST),
            entry("r-2", SECOND),
            BatchEntry.unreadable("r-3", Rejection.of(Reason.INVALID_FIELD, "unknown field stauts")),
            entry("r-4", FIRST),
            entry("r-5", SECOND));
    private static final List<ReportOutcome> OUTCOMES = List.of(
            ReportOutcome.accepted(report(FIRST)),
            ReportOutcome.duplicate(report(SECOND)),
            ReportOutcome.rejected(Rejection.of(Reason.INVALID_FIELD, "unknown field stauts")),
            ReportOutcome.rejected(Rejection.of(Reason.NOT_YOURS, "unit a may not act on the assignments of unit b")),
            ReportOutcome.accepted(report(SECOND)));

    @Test
    void shouldCountEachOutcome() {
        BatchResultView view = BatchResultView.from(BATCH, ENTRIES, OUTCOMES);

        assertThat(view.accepted()).isEqualTo(2);
        assertThat(view.duplicates()).isEqualTo(1);
        assertThat(view.rejected()).isEqualTo(2);
    }

    @Test
    void shouldAnswerEveryReportInTheOrderSent() {
        BatchResultView view = BatchResultView.from(BATCH, ENTRIES, OUTCOMES);

        assertThat(view.results())
                .extracting(BatchResultView.Item::reportId, BatchResultView.Item::outcome)
                .containsExactly(
                        tuple("r-1", Outcome.ACCEPTED),
                        tuple("r-2", Outcome.DUPLICATE),
                        tuple("r-3", Outcome.REJECTED),
                        tuple("r-4", Outcome.REJECTED),
                        tuple("r-5", Outcome.ACCEPTED));
    }

    @Test
    void shouldGiveAcceptedAndDuplicateReportsTheirAssignmentOnly() {
        BatchResultView view = BatchResultView.from(BATCH, ENTRIES, OUTCOMES);

        assertThat(view.results().get(0))
                .isEqualTo(new BatchResultView.Item("r-1", Outcome.ACCEPTED, null, null, FIRST));
        assertThat(view.results().get(1))
                .isEqualTo(new BatchResultView.Item("r-2", Outcome.DUPLICATE, null, null, SECOND));
    }

    @Test
    void shouldGiveRejectedReportsTheirCodeAndReasonOnly() {
        BatchResultView view = BatchResultView.from(BATCH, ENTRIES, OUTCOMES);

        assertThat(view.results().get(2))
                .isEqualTo(new BatchResultView.Item(
                        "r-3", Outcome.REJECTED, "INVALID_FIELD", "unknown field stauts", null));
        assertThat(view.results().get(3))
                .isEqualTo(new BatchResultView.Item(
                        "r-4", Outcome.REJECTED, "NOT_YOURS", "unit a may not act on the assignments of unit b", null));
    }

    @Test
    void shouldLeaveEmptyFieldsOutOfTheJson() {
        JsonNode json = new ObjectMapper().valueToTree(BatchResultView.from(BATCH, ENTRIES, OUTCOMES));
        JsonNode accepted = json.get("results").get(0);
        JsonNode rejected = json.get("results").get(2);

        assertThat(accepted.has("code")).isFalse();
        assertThat(accepted.has("reason")).isFalse();
        assertThat(accepted.get("assignmentId").asText()).isEqualTo(FIRST.toString());
        assertThat(rejected.get("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(rejected.get("reason").asText()).isEqualTo("unknown field stauts");
        assertThat(rejected.has("assignmentId")).isFalse();
        assertThat(json.get("batchId").asText()).isEqualTo(BATCH.toString());
        assertThat(json.get("accepted").asLong()).isEqualTo(2);
        assertThat(json.get("duplicates").asLong()).isEqualTo(1);
        assertThat(json.get("rejected").asLong()).isEqualTo(2);
    }

    @Test
    void shouldAnswerAnEmptyBatchWithNothing() {
        BatchResultView view = BatchResultView.from(BATCH, List.of(), List.of());

        assertThat(view.results()).isEmpty();
        assertThat(view.accepted() + view.duplicates() + view.rejected()).isZero();
    }

    private static BatchEntry entry(String reportId, UUID assignmentId) {
        return new BatchEntry(
                reportId,
                new AssignmentRef(assignmentId, null, null, null),
                new ProgressInput(reportId, AssignmentStatus.IN_PROGRESS, "进展", 50, List.of(), null),
                null);
    }

    private static ProgressReport report(UUID assignmentId) {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.assignmentId = assignmentId;
        return report;
    }
}
