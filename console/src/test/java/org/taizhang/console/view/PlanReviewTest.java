package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.console.api.Diagnostic;
import org.taizhang.console.api.Task;

class PlanReviewTest {

    private static Task task(UUID id, String number) {
        return new Task(id, 0, number, List.of(), "任务" + number, null, null, List.of(), null, null, false, null);
    }

    @Test
    void shouldPutEachDiagnosticBesideItsTaskAndDocumentOnesAbove() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        List<Diagnostic> diagnostics = List.of(
                new Diagnostic(second, 1, "UNPARSED_DEADLINE", "时限未能识别"),
                new Diagnostic(null, null, "NO_HEADER", "未找到表头"),
                new Diagnostic(second, 1, "MISSING_UNITS", "没有责任单位"),
                new Diagnostic(gone, 7, "SHIFTED_ROW", "错行"));

        PlanReview review = PlanReview.of(List.of(task(first, "1"), task(second, "2")), diagnostics);

        assertThat(review.rows().get(0).diagnostics()).isEmpty();
        assertThat(review.rows().get(1).diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("UNPARSED_DEADLINE", "MISSING_UNITS");
        assertThat(review.general()).extracting(Diagnostic::code).containsExactly("NO_HEADER", "SHIFTED_ROW");
        assertThat(review.flaggedCount()).isEqualTo(1);
    }
}
