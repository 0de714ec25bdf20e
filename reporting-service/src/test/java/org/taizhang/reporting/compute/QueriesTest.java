package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.at;
import static org.taizhang.reporting.model.Facts.fixed;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.model.Facts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.ReportFacts;
import org.taizhang.reporting.model.TaskFacts;

/** The list and detail queries: task detail, unit summary, overdue list. */
class QueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);

    private final TaskFacts planning = task(
            "t1",
            JUNE_END,
            unit("市商务局").supporting().id("a-swj"),
            unit("市财政局").responsible().id("a-czj").status(AssignmentStatus.IN_PROGRESS),
            unit("市发改委").id("a-fgw").completedOn(MAY));
    private final PlanFacts plan = Facts.plan(
            "p",
            planning,
            task("t2", fixed("3月底前", LocalDate.of(2026, 3, 31)), unit("市财政局")),
            task("t3", YEAR_END, unit("市发改委")));

    @Test
    void shouldShowEachUnitsStatusAndLatestReportWithEvidence() {
        List<ReportFacts> reports = List.of(
                report("r1", "a-fgw", LocalDate.of(2026, 4, 1), "https://fgw.example/1"),
                report("r2", "a-fgw", MAY, "https://fgw.example/2"),
                report("r3", "a-other", LocalDate.of(2026, 6, 1), "https://other.example"));

        TaskDetail detail = new TaskDetails(ReportingPolicy.DEFAULT).detail(planning, reports, TODAY);

        assertThat(detail.complete()).isFalse();
        assertThat(detail.outcome()).isEqualTo(TaskOutcome.UNFINISHED);
        assertThat(detail.light()).isEqualTo(Light.RED);
        assertThat(detail.units())
                .extracting(TaskDetail.UnitProgress::role)
                .containsExactly(UnitRole.LEAD, UnitRole.RESPONSIBLE, UnitRole.SUPPORTING);
        TaskDetail.UnitProgress lead = detail.units().get(0);
        assertThat(lead.latestReport().reportId()).isEqualTo("r2");
        assertThat(lead.latestReport().evidenceUrls()).containsExactly("https://fgw.example/2");
        assertThat(detail.units().get(1).overdue()).isTrue();
        assertThat(detail.units().get(1).latestReport()).isNull();
        assertThat(detail.units().get(1).dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void shouldSummariseUnitsWithTheMostOverdueThenTheLeastCompletedFirst() {
        List<UnitSummary> units = new UnitSummaryCalculator(ReportingPolicy.DEFAULT).summarize(List.of(plan), TODAY);

        assertThat(units).extracting(UnitSummary::unitName).containsExactly("市财政局", "市商务局", "市发改委");
        assertThat(units.get(0).assignments()).isEqualTo(new Tally(2, 0, 2));
        assertThat(units.get(0).light()).isEqualTo(Light.RED);
        assertThat(units.get(1).assignments()).isEqualTo(Tally.EMPTY);
        assertThat(units.get(1).supporting()).isEqualTo(1);
        assertThat(units.get(2).assignments()).isEqualTo(new Tally(2, 1, 0));
    }

    @Test
    void shouldListOverdueAssignmentsLongestOverdueFirst() {
        List<OverdueItem> overdue = OverdueList.of(List.of(plan), TODAY);

        assertThat(overdue)
                .extracting(OverdueItem::taskId, OverdueItem::unitName, OverdueItem::daysOverdue)
                .containsExactly(
                        Tuple.tuple("t2", "市财政局", 106L),
                        Tuple.tuple("t1", "市财政局", 15L),
                        Tuple.tuple("t1", "市商务局", 15L));
        assertThat(overdue.get(2).role()).isEqualTo(UnitRole.SUPPORTING);
    }

    private static ReportFacts report(String id, String assignmentId, LocalDate day, String url) {
        return new ReportFacts(id, assignmentId, AssignmentStatus.COMPLETED, "已发布", List.of(url), at(day), at(day));
    }
}
