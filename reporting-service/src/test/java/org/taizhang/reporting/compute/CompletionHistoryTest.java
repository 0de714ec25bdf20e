package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.at;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.Facts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.StatusChangeFacts;

class CompletionHistoryTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private final PlanFacts plan = Facts.plan(
            "p",
            task(
                    "t1",
                    YEAR_END,
                    unit("市发改委").id("a1"),
                    unit("市财政局").responsible().id("a2")),
            task(
                    "t2",
                    YEAR_END,
                    unit("市商务局").id("b1"),
                    unit("市统计局").supporting().id("b2")));
    private final CompletionHistory history = new CompletionHistory(ReportingPolicy.DEFAULT);

    @Test
    void shouldReplayStatusChangesIntoCompletionPoints() {
        List<StatusChangeFacts> changes = List.of(
                change("a1", AssignmentStatus.IN_PROGRESS, LocalDate.of(2026, 2, 1)),
                change("a1", AssignmentStatus.COMPLETED, LocalDate.of(2026, 3, 10)),
                change("b1", AssignmentStatus.COMPLETED, LocalDate.of(2026, 4, 5)),
                change("a2", AssignmentStatus.COMPLETED, LocalDate.of(2026, 5, 20)));

        List<CompletionPoint> points = history.series(plan, changes, FROM, TO);

        assertThat(points)
                .containsExactly(
                        new CompletionPoint(FROM, 0, 0),
                        new CompletionPoint(LocalDate.of(2026, 2, 1), 0, 0),
                        new CompletionPoint(LocalDate.of(2026, 3, 10), 0, 33.3),
                        new CompletionPoint(LocalDate.of(2026, 4, 5), 50, 66.7),
                        new CompletionPoint(LocalDate.of(2026, 5, 20), 100, 100),
                        new CompletionPoint(TO, 100, 100));
    }

    @Test
    void shouldApplyChangesBeforeTheRangeAndIgnoreThoseAfterIt() {
        List<StatusChangeFacts> changes = List.of(
                change("b1", AssignmentStatus.COMPLETED, LocalDate.of(2025, 12, 1)),
                change("a1", AssignmentStatus.COMPLETED, LocalDate.of(2025, 12, 2)),
                change("a2", AssignmentStatus.COMPLETED, LocalDate.of(2026, 7, 1)));

        List<CompletionPoint> points = history.series(plan, changes, LocalDate.of(2026, 1, 1), TO);

        assertThat(points).extracting(CompletionPoint::date).containsExactly(FROM, TO);
        assertThat(points).extracting(CompletionPoint::taskPercent).containsExactly(50.0, 50.0);
    }

    @Test
    void shouldRefuseARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> history.series(plan, List.of(), TO, FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static StatusChangeFacts change(String assignment, AssignmentStatus status, LocalDate day) {
        return new StatusChangeFacts(assignment, status, at(day));
    }
}
