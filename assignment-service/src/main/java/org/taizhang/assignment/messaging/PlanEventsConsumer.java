package org.taizhang.assignment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.planning.AssignmentPlanner;
import org.taizhang.assignment.service.AssignmentCreation;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.inbox.Inbox;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.platform.persistence.RetryingTransaction;
import org.taizhang.platform.tracing.MessagingSpans;

/** Applies plan-service's events to assignments, each event once, in the order of its plan. */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "assignment-service/plans";

    private final Inbox inbox;
    private final AssignmentCreation creation;
    private final RetryingTransaction transaction;
    private final MessagingSpans spans;

    public PlanEventsConsumer(
            Inbox inbox, AssignmentCreation creation, RetryingTransaction transaction, MessagingSpans spans) {
        this.inbox = inbox;
        this.creation = creation;
        this.transaction = transaction;
        this.spans = spans;
    }

    /** Applies the record in its plan's trace: the assignments' events it writes carry that trace on. */
    @Incoming("plans")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        spans.consume(CONSUMER, record, () -> applyRecord(record));
    }

    private void applyRecord(ConsumerRecord<String, String> record) {
        Optional<EventEnvelope> envelope = CloudEventHeaders.fromRecord(record);
        if (envelope.isEmpty()) {
            return; // not a CloudEvent: nothing to apply or record
        }
        String what = CONSUMER + " offset " + record.offset();
        // decoded once; a type this build does not know is recorded and ignored (forward compatible)
        DomainEvent event = EventCodec.instance().decode(envelope.get()).orElse(null);
        if (event instanceof PlanPublished published
                && !inbox.recorded(CONSUMER, envelope.get().id())) {
            publish(published, what);
        }
        transaction.run(what, () -> {
            if (inbox.firstDelivery(CONSUMER, envelope.get()) && event != null && !(event instanceof PlanPublished)) {
                apply(event);
            }
        });
    }

    /**
     * A published plan's tasks are assigned one transaction each and its event recorded after the last: a province plan
     * makes 100,000 assignments, which one transaction would hold for a minute (at the edge of its timeout) before
     * anything reached the other services. Each task's step is idempotent, so a crash half-way is finished by the
     * redelivery, and the inbox check above keeps a redelivery after the last step from applying an old snapshot again.
     */
    private void publish(PlanPublished published, String what) {
        String actor = actor(published.publishedBy());
        AtomicReference<AssignmentPlanner> planner = new AtomicReference<>();
        transaction.run(what, () -> {
            TrackedPlan plan =
                    creation.track(published.planId(), published.title(), published.year(), published.regionCode());
            planner.set(planner(plan.regionCode));
        });
        for (TaskSnapshot task : published.tasks()) {
            transaction.run(
                    what + " task " + task.taskId(),
                    () -> creation.apply(TrackedPlan.findById(published.planId()), task, planner.get(), actor));
        }
    }

    private void apply(DomainEvent event) {
        if (event instanceof TaskAmended amended) {
            TrackedPlan plan = TrackedPlan.findById(amended.planId());
            if (plan != null && plan.closedAt == null) {
                creation.apply(plan, amended.task(), planner(plan.regionCode), actor(amended.amendedBy()));
            }
        } else if (event instanceof TaskWithdrawn withdrawn) {
            creation.withdraw(withdrawn.taskId(), withdrawn.reason(), actor(withdrawn.withdrawnBy()));
        } else if (event instanceof PlanClosed closed) {
            TrackedPlan plan = TrackedPlan.findById(closed.planId());
            if (plan != null && plan.closedAt == null) {
                plan.closedAt = closed.closedAt() == null ? Instant.now() : closed.closedAt();
            }
        }
    }

    /** Changes made by plan events are the plan-service user's, as plan-service recorded them. */
    private static String actor(String planUser) {
        return "plan-service:" + (planUser == null ? "unknown" : planUser);
    }

    /**
     * The directory of the plan's province: a plan names its own units and its parent government's. The aliases come in
     * the same query: loaded lazily after it, a province's 20,000 units cost a query for every few units.
     */
    private static AssignmentPlanner planner(String regionCode) {
        String province = regionCode == null || regionCode.length() < 2 ? "" : regionCode.substring(0, 2);
        return new AssignmentPlanner(Unit.<Unit>find(
                        "select distinct u from Unit u left join fetch u.aliases where u.regionCode like ?1",
                        province + "%")
                .stream()
                .map(Unit::toDirectoryUnit)
                .toList());
    }
}
