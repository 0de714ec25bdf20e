package org.taizhang.assignment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.TrackedTask;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;

/** A task's new assignments go out a few hundred to an event, each one the same as its own event would say. */
class AssignmentsCreatedEventsTest {

    @Test
    void shouldSplitAProvinceTaskIntoEventsOfAtMostFiveHundredInOrder() {
        List<Assignment> assignments = assignments(1_201);

        List<DomainEvent> events = AssignmentEvents.assignmentsCreated(assignments);

        assertThat(events)
                .extracting(e -> ((AssignmentsCreated) e).assignments().size())
                .containsExactly(500, 500, 201);
        assertThat(events.stream()
                        .flatMap(e -> ((AssignmentsCreated) e).each().stream())
                        .map(AssignmentCreated::assignmentId))
                .containsExactlyElementsOf(
                        assignments.stream().map(a -> a.id.toString()).toList());
    }

    @Test
    void shouldSayOfEachAssignmentWhatItsOwnEventWould() {
        List<Assignment> assignments = assignments(3);

        AssignmentsCreated event = (AssignmentsCreated)
                AssignmentEvents.assignmentsCreated(assignments).get(0);

        assertThat(event.aggregateId()).isEqualTo("t-9");
        assertThat(event.each())
                .containsExactlyElementsOf(assignments.stream()
                        .map(AssignmentEvents::assignmentCreated)
                        .toList());
    }

    @Test
    void shouldAnnounceNothingWhenNothingIsNew() {
        assertThat(AssignmentEvents.assignmentsCreated(List.of())).isEmpty();
    }

    private static List<Assignment> assignments(int count) {
        TrackedTask task = new TrackedTask();
        task.taskId = "t-9";
        task.planId = "p-1";
        task.number = "9";
        task.title = "推进基层政务公开标准化规范化";
        Deadline due = new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null);
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    Assignment a = Assignment.of(task, "u-" + i, "单位" + i, "3607" + i % 10, UnitRole.RESPONSIBLE);
                    a.setDeadline(due);
                    a.createdAt = at;
                    return a;
                })
                .toList();
    }
}
