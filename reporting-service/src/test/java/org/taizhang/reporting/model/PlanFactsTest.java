package org.taizhang.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reporting.model.Facts.YEAR_END;
import static org.taizhang.reporting.model.Facts.task;
import static org.taizhang.reporting.model.Facts.unit;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFactsTest {

    private static final List<String> FIRST = List.of("一、规划公开", "（一）规划纲要");
    private static final List<String> SECOND = List.of("二、政策解读");

    @Test
    void shouldGroupTasksBySectionPathInOrderOfFirstAppearance() {
        PlanFacts plan = Facts.plan(
                "p",
                task("t1", FIRST, YEAR_END, unit("市发改委")),
                task("t2", SECOND, YEAR_END, unit("市财政局")),
                task("t3", FIRST, YEAR_END, unit("市商务局")));

        assertThat(plan.sections()).extracting(SectionFacts::path).containsExactly(FIRST, SECOND);
        assertThat(plan.sections().get(0).tasks()).extracting(TaskFacts::taskId).containsExactly("t1", "t3");
        assertThat(plan.sections().get(0).top()).isEqualTo("一、规划公开");
    }

    @Test
    void shouldTreatMissingListsAsEmptySoTheReadModelMayLeaveThemNull() {
        TaskFacts task = new TaskFacts("t", null, null, "题", null, null, null, YEAR_END, null, null);
        PlanFacts plan = new PlanFacts("p", "计划", 2026, null, null, null, null);

        assertThat(task.sectionPath()).isEmpty();
        assertThat(task.assignments()).isEmpty();
        assertThat(plan.tasks()).isEmpty();
        assertThat(new SectionFacts(null, null).top()).isEmpty();
    }

    @Test
    void shouldListEveryAssignmentOfThePlan() {
        PlanFacts plan = Facts.plan(
                "p",
                task("t1", YEAR_END, unit("市发改委"), unit("市财政局").responsible()),
                task("t2", YEAR_END, unit("市商务局")));

        assertThat(plan.assignments()).extracting(AssignmentFacts::unitName).containsExactly("市发改委", "市财政局", "市商务局");
    }
}
