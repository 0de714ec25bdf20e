package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.ONGOING;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.ZONE;
import static org.taizhang.reporting.model.Facts.fixed;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.reporting.model.AssignmentFacts;

class LightsTest {

    private final Lights lights = new Lights(ReportingPolicy.DEFAULT);

    @Test
    void shouldShowRedWhenAFixedDueDatePassedWithoutCompletion() {
        AssignmentFacts open = unit("市发改委")
                .deadline(JUNE_END)
                .status(AssignmentStatus.IN_PROGRESS)
                .build("t");

        assertThat(lights.of(open, LocalDate.of(2026, 7, 1))).isEqualTo(Light.RED);
    }

    @Test
    void shouldShowYellowWithinTheDefaultFiveDayWarningWindow() {
        AssignmentFacts open = unit("市发改委").deadline(JUNE_END).build("t");

        assertThat(lights.of(open, LocalDate.of(2026, 6, 25))).isEqualTo(Light.YELLOW);
        assertThat(lights.of(open, LocalDate.of(2026, 6, 24))).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldHonourTheOfficesWarningWindow() {
        Lights wide = new Lights(new ReportingPolicy(10, Cadence.QUARTERLY, ZONE));
        AssignmentFacts open = unit("市发改委").deadline(JUNE_END).build("t");

        assertThat(wide.of(open, LocalDate.of(2026, 6, 20))).isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldShowYellowWhenAPeriodicReportIsLate() {
        AssignmentFacts silent =
                unit("市发改委").deadline(ONGOING).status(AssignmentStatus.ONGOING).build("t");
        AssignmentFacts reported = unit("市财政局")
                .deadline(ONGOING)
                .status(AssignmentStatus.ONGOING)
                .lastReportOn(LocalDate.of(2026, 3, 20))
                .build("t");

        LocalDate april = LocalDate.of(2026, 4, 10);
        assertThat(lights.of(silent, april)).isEqualTo(Light.YELLOW);
        assertThat(lights.reportLate(silent, april)).isTrue();
        assertThat(lights.of(reported, april)).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldShowGreenOnceCompletedEvenIfLate() {
        AssignmentFacts late = unit("市发改委")
                .deadline(JUNE_END)
                .completedOn(LocalDate.of(2026, 8, 1))
                .build("t");

        assertThat(lights.of(late, LocalDate.of(2026, 9, 1))).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldShowATaskTheWorstLightOfItsAccountableUnits() {
        LocalDate today = LocalDate.of(2026, 6, 28);
        var task = task(
                "t",
                YEAR_END,
                unit("市发改委"),
                unit("市财政局").responsible().deadline(JUNE_END),
                unit("市商务局").supporting().deadline(fixed("5月底前", LocalDate.of(2026, 5, 31))));
        var done = task("t2", JUNE_END, unit("市发改委").completedOn(LocalDate.of(2026, 6, 1)));

        assertThat(lights.of(task, today)).isEqualTo(Light.YELLOW);
        assertThat(lights.of(task, LocalDate.of(2026, 7, 2))).isEqualTo(Light.RED);
        assertThat(lights.of(done, LocalDate.of(2026, 7, 2))).isEqualTo(Light.GREEN);
    }
}
