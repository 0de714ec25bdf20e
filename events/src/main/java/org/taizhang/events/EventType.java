package org.taizhang.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.reminder.ReminderDelivered;
import org.taizhang.events.reminder.ReminderDeliveryFailed;
import org.taizhang.events.reminder.ReminderIssued;

/** Every event type Taizhang knows: its CloudEvents {@code type}, its topic and its payload record. */
public enum EventType {
    PLAN_PUBLISHED("taizhang.plan.published.v1", Topics.PLANS, PlanPublished.class),
    TASK_AMENDED("taizhang.task.amended.v1", Topics.PLANS, TaskAmended.class),
    TASK_WITHDRAWN("taizhang.task.withdrawn.v1", Topics.PLANS, TaskWithdrawn.class),
    PLAN_CLOSED("taizhang.plan.closed.v1", Topics.PLANS, PlanClosed.class),
    ASSIGNMENT_CREATED("taizhang.assignment.created.v1", Topics.ASSIGNMENTS, AssignmentCreated.class),
    ASSIGNMENTS_CREATED("taizhang.assignments.created.v1", Topics.ASSIGNMENTS, AssignmentsCreated.class),
    ASSIGNMENT_CANCELLED("taizhang.assignment.cancelled.v1", Topics.ASSIGNMENTS, AssignmentCancelled.class),
    ASSIGNMENT_DEADLINE_CHANGED(
            "taizhang.assignment.deadline-changed.v1", Topics.ASSIGNMENTS, AssignmentDeadlineChanged.class),
    PROGRESS_REPORTED("taizhang.progress.reported.v1", Topics.ASSIGNMENTS, ProgressReported.class),
    ASSIGNMENT_STATUS_CHANGED(
            "taizhang.assignment.status-changed.v1", Topics.ASSIGNMENTS, AssignmentStatusChanged.class),
    REMINDER_ISSUED("taizhang.reminder.issued.v1", Topics.REMINDERS, ReminderIssued.class),
    REMINDER_DELIVERED("taizhang.reminder.delivered.v1", Topics.REMINDERS, ReminderDelivered.class),
    REMINDER_DELIVERY_FAILED("taizhang.reminder.delivery-failed.v1", Topics.REMINDERS, ReminderDeliveryFailed.class);

    private static final Map<String, EventType> BY_TYPE =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toMap(EventType::payloadClass, Function.identity()));

    private final String type;
    private final String topic;
    private final Class<? extends DomainEvent> payloadClass;

    EventType(String type, String topic, Class<? extends DomainEvent> payloadClass) {
        this.type = type;
        this.topic = topic;
        this.payloadClass = payloadClass;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> payloadClass() {
        return payloadClass;
    }

    /** The known type for a CloudEvents {@code type}; empty for types this build does not know. */
    public static Optional<EventType> ofType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(DomainEvent event) {
        EventType type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(
                    "Not a registered event: " + event.getClass().getName());
        }
        return type;
    }
}
