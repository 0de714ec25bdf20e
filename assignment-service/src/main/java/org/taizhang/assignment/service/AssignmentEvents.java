package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.plan.Deadline;

/** Tells the other services what happened to assignments, through the outbox of the current transaction. */
@ApplicationScoped
public class AssignmentEvents {

    private final Outbox outbox;

    public AssignmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void created(Assignment a) {
        outbox.publish(assignmentCreated(a));
    }

    public static AssignmentCreated assignmentCreated(Assignment a) {
        return new AssignmentCreated(
                a.id.toString(),
                a.planId,
                a.taskId,
                a.taskNumber,
                a.taskTitle,
                a.unitId,
                a.unitName,
                a.regionCode,
                a.role,
                a.deadline(),
                a.status,
                a.createdAt);
    }

    /**
     * A task's new assignments as AssignmentsCreated events of at most {@link AssignmentsCreated#MAX_ASSIGNMENTS}
     * each, in list order; the task's fields, deadline and creation time taken from the first, as all share them.
     */
    public static List<DomainEvent> assignmentsCreated(List<Assignment> assignments) {
        List<DomainEvent> events = new ArrayList<>();
        for (int from = 0; from < assignments.size(); from += AssignmentsCreated.MAX_ASSIGNMENTS) {
            List<Assignment> chunk =
                    assignments.subList(from, Math.min(assignments.size(), from + AssignmentsCreated.MAX_ASSIGNMENTS));
            Assignment first = chunk.get(0);
            events.add(new AssignmentsCreated(
                    first.planId,
                    first.taskId,
                    first.taskNumber,
                    first.taskTitle,
                    first.deadline(),
                    first.createdAt,
                    chunk.stream()
                            .map(a -> new AssignmentsCreated.NewAssignment(
                                    a.id.toString(), a.unitId, a.unitName, a.regionCode, a.role, a.status))
                            .toList()));
        }
        return events;
    }

    public void cancelled(Assignment a) {
        outbox.publish(
                new AssignmentCancelled(a.id.toString(), a.planId, a.taskId, a.unitId, a.cancelReason, a.cancelledAt));
    }

    /** Publishes events built by the static factories below, in list order, with one round trip. */
    public void publishAll(List<DomainEvent> events) {
        outbox.publishAll(events);
    }

    /** {@link #publishAll} with each event in the trace the function names for it (null: none). */
    public void publishAll(List<DomainEvent> events, Function<DomainEvent, String> traceParents) {
        outbox.publishAll(events, traceParents);
    }

    public static ProgressReported progressReported(ProgressReport r, Assignment a) {
        return new ProgressReported(
                r.id.toString(),
                a.id.toString(),
                a.planId,
                a.taskId,
                a.unitId,
                r.status,
                r.summary,
                List.of(r.evidence),
                r.reporter,
                r.reportedVia.name(),
                r.clientReportId,
                r.reportedAt,
                r.receivedAt,
                Arrays.stream(r.evidenceFiles).map(UUID::toString).toList());
    }

    public static AssignmentStatusChanged statusChanged(
            Assignment a, AssignmentStatus previous, String by, Instant at) {
        return new AssignmentStatusChanged(a.id.toString(), a.planId, a.taskId, a.unitId, previous, a.status, by, at);
    }

    public void deadlineChanged(Assignment a, Deadline previous) {
        outbox.publish(new AssignmentDeadlineChanged(
                a.id.toString(), a.planId, a.taskId, a.unitId, previous, a.deadline(), Instant.now()));
    }
}
