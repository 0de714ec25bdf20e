package org.taizhang.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.TaskDetail;
import org.taizhang.reporting.compute.TaskOutcome;
import org.taizhang.reporting.model.AssignmentFacts;

class TaskViewTest {

    private static final AssignmentFacts CITY = facts("a-1", "341800-fgw", "341800");
    private static final AssignmentFacts COUNTY = facts("a-2", "341821-fgw", "341821");
    private static final AssignmentFacts OTHER_COUNTY = facts("a-3", "341823-fgw", "341823");
    private static final TaskView VIEW =
            TaskView.of(detail(CITY, COUNTY, OTHER_COUNTY), List.of(OTHER_COUNTY, CITY, COUNTY));

    @Test
    void shouldKeepOnlyTheRowsOfUnitsTheCallerMaySeeButTheTasksOwnFigures() {
        TaskDetail county = VIEW.visibleTo(a -> a.regionCode().startsWith("341821"));

        assertThat(county.units())
                .extracting(TaskDetail.UnitProgress::assignmentId)
                .containsExactly("a-2");
        assertThat(county.light()).isEqualTo(Light.RED);
        assertThat(county.outcome()).isEqualTo(TaskOutcome.UNFINISHED);
        assertThat(county.complete()).isFalse();
    }

    @Test
    void shouldAnswerTheKeptDetailItselfToACallerWhoSeesEveryUnit() {
        assertThat(VIEW.visibleTo(a -> true)).isSameAs(VIEW.detail());
        assertThat(VIEW.visibleTo(a -> false).units()).isEmpty();
    }

    @Test
    void shouldShowNoRowWhoseAssignmentItWasNotComputedFrom() {
        TaskView view = TaskView.of(detail(CITY, COUNTY), List.of(CITY));

        assertThat(view.visibleTo(a -> true).units())
                .extracting(TaskDetail.UnitProgress::assignmentId)
                .containsExactly("a-1");
    }

    private static TaskDetail detail(AssignmentFacts... units) {
        return new TaskDetail(
                "t-1",
                "1",
                "任务",
                null,
                null,
                false,
                TaskOutcome.UNFINISHED,
                Light.RED,
                Stream.of(units).map(TaskViewTest::row).toList());
    }

    private static TaskDetail.UnitProgress row(AssignmentFacts a) {
        return new TaskDetail.UnitProgress(
                a.assignmentId(),
                a.unitId(),
                a.unitName(),
                a.role(),
                a.status(),
                null,
                false,
                false,
                Light.GREEN,
                null);
    }

    private static AssignmentFacts facts(String id, String unit, String region) {
        return new AssignmentFacts(
                id, unit, unit, region, UnitRole.LEAD, AssignmentStatus.IN_PROGRESS, null, null, null, null);
    }
}
