package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.ONGOING;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.reporting.model.Facts;
import org.taizhang.reporting.model.PlanFacts;

class PlanSummaryCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);
    private static final List<String> OPENNESS = List.of("一、规划公开", "（一）规划纲要");
    private static final List<String> OPENNESS_DATA = List.of("一、规划公开", "（二）规划数据");
    private static final List<String> POLICY = List.of("二、政策解读");

    private final PlanSummaryCalculator calculator = new PlanSummaryCalculator(ReportingPolicy.DEFAULT);

    private final PlanFacts plan = Facts.plan(
            "p",
            task(
                    "t1",
                    OPENNESS,
                    JUNE_END,
                    unit("市发改委").completedOn(MAY),
                    unit("市商务局").supporting()),
            task(
                    "t2",
                    OPENNESS_DATA,
                    JUNE_END,
                    unit("市自然资源局").completedOn(MAY),
                    unit("市财政局").responsible()),
            task(
                    "t3",
                    POLICY,
                    ONGOING,
                    unit("市财政局").status(AssignmentStatus.ONGOING).lastReportOn(TODAY)),
            task("t4", POLICY, YEAR_END, unit("市发改委").status(AssignmentStatus.IN_PROGRESS)));

    @Test
    void shouldRollTaskAndAssignmentFiguresUpFromAssignments() {
        PlanSummary summary = calculator.summarize(plan, TODAY);

        assertThat(summary.tasks()).isEqualTo(new Tally(4, 1, 1));
        assertThat(summary.tasks().percent()).isEqualTo(25.0);
        assertThat(summary.assignments()).isEqualTo(new Tally(5, 2, 1));
        assertThat(summary.assignments().percent()).isEqualTo(40.0);
    }

    @Test
    void shouldCountAssignmentsByStatusLeavingSupportingUnitsOut() {
        PlanSummary summary = calculator.summarize(plan, TODAY);

        assertThat(summary.assignmentsByStatus())
                .containsEntry(AssignmentStatus.COMPLETED, 2)
                .containsEntry(AssignmentStatus.NOT_STARTED, 1)
                .containsEntry(AssignmentStatus.ONGOING, 1)
                .containsEntry(AssignmentStatus.IN_PROGRESS, 1);
    }

    @Test
    void shouldCountTasksByTheirOutcome() {
        PlanSummary summary = calculator.summarize(plan, TODAY);

        assertThat(summary.tasksByOutcome())
                .containsEntry(TaskOutcome.COMPLETED, 1)
                .containsEntry(TaskOutcome.UNFINISHED, 1)
                .containsEntry(TaskOutcome.CONTINUING, 1)
                .containsEntry(TaskOutcome.IN_PROGRESS, 1);
    }

    @Test
    void shouldCountTasksByLightWithEveryLightPresent() {
        PlanSummary summary = calculator.summarize(plan, TODAY);

        assertThat(summary.taskLights())
                .containsEntry(Light.GREEN, 3)
                .containsEntry(Light.YELLOW, 0)
                .containsEntry(Light.RED, 1);
    }

    @Test
    void shouldSummariseEachTopLevelSectionWithItsSubsections() {
        PlanSummary summary = calculator.summarize(plan, TODAY);

        assertThat(summary.sections())
                .extracting(PlanSummary.SectionSummary::title)
                .containsExactly("一、规划公开", "二、政策解读");
        PlanSummary.SectionSummary first = summary.sections().get(0);
        assertThat(first.tasks()).isEqualTo(new Tally(2, 1, 1));
        assertThat(first.light()).isEqualTo(Light.RED);
        assertThat(summary.sections().get(1).tasks()).isEqualTo(new Tally(2, 0, 0));
        assertThat(summary.sections().get(1).light()).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldReportZeroPercentForAnEmptyPlan() {
        PlanSummary summary = calculator.summarize(Facts.plan("empty"), TODAY);

        assertThat(summary.tasks().percent()).isZero();
        assertThat(summary.sections()).isEmpty();
    }
}
