package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.ONGOING;
import static org.taizhang.reporting.model.Facts.QUARTERLY;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.ZONE;
import static org.taizhang.reporting.model.Facts.at;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.reporting.model.AssignmentFacts;

class PeriodicReportsTest {

    private final PeriodicReports reports = new PeriodicReports(ReportingPolicy.DEFAULT);

    @Test
    void shouldAlignPeriodsToTheCalendar() {
        LocalDate may = LocalDate.of(2026, 5, 20);

        assertThat(ReportPeriod.containing(Cadence.MONTHLY, may))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
        assertThat(ReportPeriod.containing(Cadence.QUARTERLY, may))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        assertThat(ReportPeriod.containing(Cadence.HALF_YEARLY, may).end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportPeriod.containing(Cadence.YEARLY, may).start()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void shouldOweAReportForEveryEndedPeriodThatBeganAfterTheAssignment() {
        AssignmentFacts joinedInFebruary = unit("市发改委")
                .deadline(QUARTERLY)
                .assignedOn(LocalDate.of(2026, 2, 15))
                .build("t");

        List<ReportPeriod> due = reports.due(joinedInFebruary, LocalDate.of(2026, 10, 1));

        assertThat(due)
                .extracting(ReportPeriod::start)
                .containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));
    }

    @Test
    void shouldUseThePolicyCadenceWhenTheDeadlineNamesNone() {
        AssignmentFacts ongoing = unit("市发改委").deadline(ONGOING).build("t");
        PeriodicReports monthly = new PeriodicReports(new ReportingPolicy(5, Cadence.MONTHLY, ZONE));

        assertThat(reports.due(ongoing, LocalDate.of(2026, 7, 1))).hasSize(2);
        assertThat(monthly.due(ongoing, LocalDate.of(2026, 7, 1))).hasSize(6);
    }

    @Test
    void shouldStopOwingReportsOnceCompleted() {
        AssignmentFacts closed = unit("市发改委")
                .deadline(QUARTERLY)
                .completedOn(LocalDate.of(2026, 5, 1))
                .build("t");

        assertThat(reports.due(closed, LocalDate.of(2026, 12, 1))).hasSize(1);
        assertThat(reports.late(closed, LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void shouldOweNoReportsForWorkWithAFixedDate() {
        assertThat(reports.due(unit("市发改委").deadline(YEAR_END).build("t"), LocalDate.of(2026, 12, 1)))
                .isEmpty();
    }

    @Test
    void shouldCountAReportOnTimeOnlyWithinItsPeriod() {
        AssignmentFacts ongoing = unit("市发改委").deadline(QUARTERLY).build("t");
        var reportTimes = List.of(at(LocalDate.of(2026, 3, 30)), at(LocalDate.of(2026, 7, 3)));

        assertThat(reports.due(ongoing, LocalDate.of(2026, 10, 1))).hasSize(3);
        assertThat(reports.onTime(ongoing, reportTimes, LocalDate.of(2026, 10, 1)))
                .isEqualTo(2);
    }

    @Test
    void shouldCatchUpOnceALateReportArrives() {
        Deadline monthly = new Deadline("每月", DeadlineKind.PERIODIC, null, Cadence.MONTHLY);
        AssignmentFacts caughtUp = unit("市发改委")
                .deadline(monthly)
                .status(AssignmentStatus.ONGOING)
                .lastReportOn(LocalDate.of(2026, 4, 2))
                .build("t");

        assertThat(reports.late(caughtUp, LocalDate.of(2026, 4, 10))).isFalse();
        assertThat(reports.late(caughtUp, LocalDate.of(2026, 5, 2))).isFalse();
        assertThat(reports.late(caughtUp, LocalDate.of(2026, 6, 2))).isTrue();
    }
}
