package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.ReminderFixture.beijing;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.messaging.AssignmentEventsConsumer;
import org.taizhang.reminder.service.ReminderTick;
import org.taizhang.testsupport.Polls;

/** A task's new assignments announced together: tracked and reminded of as their single events would have them. */
@QuarkusTest
class AssignmentsCreatedTest {

    private static final Instant CREATED = beijing(2026, 1, 10, 10, 0);
    private static final LocalDate MARCH_END = LocalDate.of(2026, 3, 31);

    @Inject
    AssignmentEventsConsumer consumer;

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Test
    void shouldTrackEveryAssignmentOfABatchWithRemindersPlannedAsForItsSingleEvents() {
        String plan = ReminderFixture.unique("p");
        List<NewAssignment> batch = task(plan);
        List<NewAssignment> singles = task(plan);

        consume(List.of(NewAssignment.batch(batch)));
        consume(singles.stream().map(NewAssignment::event).toList());

        for (int i = 0; i < batch.size(); i++) {
            TrackedAssignment fromBatch = fixture.tracked(batch.get(i).id());
            TrackedAssignment fromSingle = fixture.tracked(singles.get(i).id());
            assertThat(fromBatch)
                    .usingRecursiveComparison()
                    .comparingOnlyFields(
                            "planId",
                            "taskNumber",
                            "taskTitle",
                            "regionCode",
                            "role",
                            "deadlineRaw",
                            "deadlineKind",
                            "dueDate",
                            "cadence",
                            "status",
                            "createdAt",
                            "nextFireAt",
                            "updatedAt",
                            "version")
                    .isEqualTo(fromSingle);
            assertThat(fromBatch.unitId).isEqualTo(batch.get(i).unitId());
            assertThat(fromBatch.unitName).isEqualTo(batch.get(i).unitId() + "名称");
            assertThat(fromBatch.taskId).isEqualTo(batch.get(0).taskId());
        }
        assertThat(fixture.tracked(batch.get(0).id()).nextFireAt).isEqualTo(Instant.parse("2026-03-24T01:00:00Z"));

        tick.tick(beijing(2026, 4, 3, 10, 0));

        for (int i = 0; i < batch.size(); i++) {
            assertThat(planned(batch.get(i)))
                    .as("reminders of the %s assignment", batch.get(i).role())
                    .isNotEmpty()
                    .isEqualTo(planned(singles.get(i)));
        }
    }

    @Test
    void shouldApplyAChangeThatFollowsItsBatchInThePoll() {
        NewAssignment completed = assignment(UnitRole.RESPONSIBLE);
        NewAssignment open =
                assignment(UnitRole.RESPONSIBLE).inPlan(completed.planId()).onTask(completed.taskId());

        consume(List.of(
                NewAssignment.batch(List.of(completed, open)),
                AssignmentPollTest.status(completed, AssignmentStatus.NOT_STARTED, AssignmentStatus.COMPLETED)));

        assertThat(fixture.tracked(completed.id()).status).isEqualTo(AssignmentStatus.COMPLETED);
        assertThat(fixture.tracked(completed.id()).nextFireAt).isNull();
        assertThat(fixture.tracked(open.id()).nextFireAt).isNotNull();
    }

    /** A task's lead unit, a responsible unit and a county's (work started), on a task of their own in the plan. */
    private static List<NewAssignment> task(String plan) {
        String task = UUID.randomUUID().toString();
        return List.of(
                assignment(UnitRole.LEAD).inPlan(plan).onTask(task),
                assignment(UnitRole.RESPONSIBLE).inPlan(plan).onTask(task),
                new NewAssignment(
                        UUID.randomUUID().toString(),
                        plan,
                        task,
                        ReminderFixture.unique("u-3418"),
                        "341821",
                        UnitRole.RESPONSIBLE,
                        new Deadline("3月31日前", DeadlineKind.FIXED, MARCH_END, null),
                        AssignmentStatus.IN_PROGRESS,
                        CREATED));
    }

    private static NewAssignment assignment(UnitRole role) {
        return NewAssignment.fixed("339901", ReminderFixture.unique("u-3399"), MARCH_END, CREATED)
                .as(role, AssignmentStatus.NOT_STARTED);
    }

    /** What was issued for the assignment, without what names it. */
    private List<String> planned(NewAssignment assignment) {
        return fixture.reminders(assignment.id()).stream()
                .map(AssignmentsCreatedTest::describe)
                .toList();
    }

    private static String describe(Reminder r) {
        return "%s/%d/%s/%s/%s/%s".formatted(r.kind, r.step, r.dueDate, r.target, r.fireAt, r.status);
    }

    private void consume(List<? extends DomainEvent> events) {
        consumer.consume(Polls.of(AssignmentPollTest.records(events)));
    }
}
