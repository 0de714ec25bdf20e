package org.taizhang.assignment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.TrackedPlan;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.assignment.planning.AssignmentPlanner;
import org.taizhang.assignment.service.AssignmentCreation;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.inbox.Inbox;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.platform.persistence.RetryingTransaction;

/** Applies plan-service's events to assignments, each event once, in the order of its plan. */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "assignment-service/plans";

    private final Inbox inbox;
    private final AssignmentCreation creation;
    private final RetryingTransaction transaction;

    public PlanEventsConsumer(Inbox inbox, AssignmentCreation creation, RetryingTransaction transaction) {
        this.inbox = inbox;
        this.creation = creation;
        this.transaction = transaction;
    }

    @Incoming("plans")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        transaction.run(
                CONSUMER + " offset " + record.offset(),
                () -> inbox.accept(CONSUMER, record).ifPresent(this::apply));
    }

    private void apply(DomainEvent event) {
        if (event instanceof PlanPublished published) {
            TrackedPlan plan =
                    creation.track(published.planId(), published.title(), published.year(), published.regionCode());
            AssignmentPlanner planner = planner(plan.regionCode);
            for (var task : published.tasks()) {
                creation.apply(plan, task, planner, actor(published.publishedBy()));
                writeOut();
            }
        } else if (event instanceof TaskAmended amended) {
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

    /**
     * Writes the task's rows and lets go of them: a province plan creates 100,000 assignments (and their audit rows) in
     * this one transaction, and a session holding them all would outgrow the heap and dirty-check them at each flush.
     */
    private static void writeOut() {
        Assignment.getEntityManager().flush();
        Assignment.getEntityManager().clear();
    }

    /** Changes made by plan events are the plan-service user's, as plan-service recorded them. */
    private static String actor(String planUser) {
        return "plan-service:" + (planUser == null ? "unknown" : planUser);
    }

    /** The directory of the plan's province: a plan names its own units and its parent government's. */
    private static AssignmentPlanner planner(String regionCode) {
        String province = regionCode == null || regionCode.length() < 2 ? "" : regionCode.substring(0, 2);
        return new AssignmentPlanner(Unit.<Unit>list("regionCode like ?1", province + "%").stream()
                .map(Unit::toDirectoryUnit)
                .toList());
    }
}
