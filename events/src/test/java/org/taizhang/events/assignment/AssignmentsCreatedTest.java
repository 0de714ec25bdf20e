package org.taizhang.events.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;

/** A task's new assignments together, and each as the single-assignment event it stands for. */
class AssignmentsCreatedTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final Deadline DUE =
            new Deadline("年底前", DeadlineKind.FIXED, java.time.LocalDate.parse("2026-12-31"), null);

    @Test
    void shouldGiveEachAssignmentWithTheTaskFieldsItShares() {
        AssignmentsCreated created = new AssignmentsCreated(
                "p-1",
                "t-3",
                "3",
                "公开财政预决算",
                DUE,
                AT,
                List.of(
                        new AssignmentsCreated.NewAssignment(
                                "a-1", "u-1", "市财政局", "340700", UnitRole.LEAD, AssignmentStatus.NOT_STARTED),
                        new AssignmentsCreated.NewAssignment(
                                "a-2", "u-2", "铜官区人民政府", "340705", UnitRole.RESPONSIBLE, null)));

        assertThat(created.each())
                .containsExactly(
                        new AssignmentCreated(
                                "a-1",
                                "p-1",
                                "t-3",
                                "3",
                                "公开财政预决算",
                                "u-1",
                                "市财政局",
                                "340700",
                                UnitRole.LEAD,
                                DUE,
                                AssignmentStatus.NOT_STARTED,
                                AT),
                        new AssignmentCreated(
                                "a-2",
                                "p-1",
                                "t-3",
                                "3",
                                "公开财政预决算",
                                "u-2",
                                "铜官区人民政府",
                                "340705",
                                UnitRole.RESPONSIBLE,
                                DUE,
                                null,
                                AT));
    }

    @Test
    void shouldBeKeyedByItsTask() {
        assertThat(new AssignmentsCreated("p-1", "t-3", "3", "x", DUE, AT, null).aggregateId())
                .isEqualTo("t-3");
    }

    @Test
    void shouldReadAMissingListAsNoAssignments() {
        assertThat(new AssignmentsCreated("p-1", "t-3", "3", "x", DUE, AT, null).each())
                .isEmpty();
    }
}
