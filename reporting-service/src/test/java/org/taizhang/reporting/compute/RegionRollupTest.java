package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.JUNE_END;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.county;
import static org.taizhang.reporting.model.Facts.derived;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.model.Facts;
import org.taizhang.reporting.model.PlanFacts;
import org.taizhang.reporting.model.TaskFacts;

class RegionRollupTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 10);

    private final TaskFacts planning = task("c1", JUNE_END, unit("郎溪县政府").responsible());
    private final TaskFacts budgets = task("c2", YEAR_END, unit("市财政局"));
    private final PlanFacts city = Facts.plan("city", planning, budgets);

    private final PlanFacts langxi = county(
            "langxi",
            "city",
            "341821",
            "郎溪县",
            derived(task("x", JUNE_END, unit("县发改委").completedOn(MAY)), "lx1", "c1"),
            derived(task("x", YEAR_END, unit("县财政局")), "lx2", "c2"),
            task("lx3", YEAR_END, unit("县政府办").completedOn(MAY)));
    private final PlanFacts jingxian =
            county("jingxian", "city", "341823", "泾县", derived(task("x", JUNE_END, unit("县发改委")), "jx1", "c1"));
    private final PlanFacts town =
            county("town", "langxi", "341821100", "建平镇", derived(task("x", JUNE_END, unit("镇政府")), "tw1", "lx1"));
    private final PlanFacts elsewhere =
            county("other", "another-city", "341000", "别市", derived(task("x", JUNE_END, unit("甲")), "o1", "c1"));

    private final RegionSummary rollup = RegionRollup.rollup(city, List.of(langxi, jingxian, town, elsewhere), TODAY);

    @Test
    void shouldFigureEachCountyFromItsDerivedPlanAndThePlansDerivedFromIt() {
        assertThat(rollup.counties())
                .extracting(RegionSummary.CountyFigures::regionName)
                .containsExactly("郎溪县", "泾县");
        RegionSummary.CountyFigures first = rollup.counties().get(0);
        assertThat(first.tasks()).isEqualTo(new Tally(4, 2, 1));
        assertThat(first.tasks().percent()).isEqualTo(50.0);
        assertThat(rollup.counties().get(1).tasks()).isEqualTo(new Tally(1, 0, 1));
    }

    @Test
    void shouldFollowTaskLineageThroughSourceTaskIds() {
        RegionSummary.TaskLineage first = rollup.tasks().get(0);

        assertThat(first.taskId()).isEqualTo("c1");
        assertThat(first.counties())
                .extracting(RegionSummary.CountyTask::regionName)
                .containsExactly("郎溪县", "泾县");
        // 郎溪县 carried it through its own task and its town's, which is still open.
        assertThat(first.counties().get(0).tasks()).isEqualTo(new Tally(2, 1, 1));
        assertThat(first.countiesCompleted()).isZero();
    }

    @Test
    void shouldCountACountyCompleteWhenAllTasksItDerivedAreComplete() {
        PlanFacts done = county(
                "langxi",
                "city",
                "341821",
                "郎溪县",
                derived(task("x", JUNE_END, unit("县发改委").completedOn(MAY)), "lx1", "c1"));

        RegionSummary summary = RegionRollup.rollup(city, List.of(done, jingxian), TODAY);

        assertThat(summary.tasks().get(0).countiesCompleted()).isEqualTo(1);
        assertThat(summary.tasks().get(0).counties().get(0).complete()).isTrue();
        assertThat(summary.tasks().get(1).counties()).isEmpty();
    }

    @Test
    void shouldIgnorePlansAndTasksThatDoNotLeadBackToTheCity() {
        assertThat(rollup.counties())
                .extracting(RegionSummary.CountyFigures::planId)
                .doesNotContain("other", "town");
        assertThat(rollup.tasks().get(1).counties())
                .extracting(RegionSummary.CountyTask::regionName)
                .containsExactly("郎溪县");
        assertThat(rollup.cityTasks()).isEqualTo(new Tally(2, 0, 1));
    }
}
