package org.taizhang.reminder.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.taizhang.platform.problem.Problem;
import org.taizhang.reminder.entity.StoredPolicy;
import org.taizhang.reminder.policy.PolicyViolation;
import org.taizhang.reminder.policy.ReminderPolicy;

/** The default reminder policy and the plans' overrides; every change reschedules the assignments it governs. */
@ApplicationScoped
public class PolicyService {

    private final Rescheduler rescheduler;

    public PolicyService(Rescheduler rescheduler) {
        this.rescheduler = rescheduler;
    }

    /** The default first, then the overrides by plan id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyEntry> list() {
        List<PolicyEntry> entries = new ArrayList<>();
        entries.add(defaultPolicy());
        StoredPolicy.<StoredPolicy>list("planId is not null order by planId").stream()
                .map(PolicyEntry::from)
                .forEach(entries::add);
        return entries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyEntry defaultPolicy() {
        return StoredPolicy.forPlan(null).map(PolicyEntry::from).orElseGet(PolicyEntry::builtInDefault);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PolicyEntry planPolicy(String planId) {
        return StoredPolicy.forPlan(planId)
                .map(PolicyEntry::from)
                .orElseThrow(() -> new NotFoundException("Policy override of plan", planId));
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = Rescheduler.TIMEOUT_PROPERTY)
    public PolicyEntry putDefault(ReminderPolicy policy, String by, Instant now) {
        Put put = store(null, policy, by, now);
        rescheduler.rescheduleDefault();
        return put.entry();
    }

    /** Creates or replaces the plan's override; {@code created} tells which. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = Rescheduler.TIMEOUT_PROPERTY)
    public Put putPlan(String planId, ReminderPolicy policy, String by, Instant now) {
        Put put = store(planId, policy, by, now);
        rescheduler.reschedulePlan(planId);
        return put;
    }

    /** Removes the plan's override; its assignments follow the default again. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = Rescheduler.TIMEOUT_PROPERTY)
    public void deletePlan(String planId) {
        WriteLock.acquire(scope(planId));
        StoredPolicy stored = StoredPolicy.forPlan(planId)
                .orElseThrow(() -> new NotFoundException("Policy override of plan", planId));
        stored.delete();
        rescheduler.reschedulePlan(planId);
    }

    /** Validates, then writes under the scope's lock; the caller reschedules. */
    private static Put store(String planId, ReminderPolicy policy, String by, Instant now) {
        validate(policy);
        WriteLock.acquire(scope(planId));
        Optional<StoredPolicy> existing = StoredPolicy.forPlan(planId);
        StoredPolicy stored = existing.orElseGet(() -> {
            StoredPolicy fresh = new StoredPolicy();
            fresh.id = UUID.randomUUID();
            fresh.planId = planId;
            return fresh;
        });
        stored.apply(policy, by, now);
        stored.persist();
        return new Put(PolicyEntry.from(stored), existing.isEmpty());
    }

    private static String scope(String planId) {
        return "policy:" + (planId == null ? "" : planId);
    }

    static void validate(ReminderPolicy policy) {
        List<PolicyViolation> violations = policy.validate();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(
                    "The policy is not valid: " + violations.size() + " violation(s)",
                    violations.stream()
                            .map(v -> new Problem.Violation(v.field(), v.message()))
                            .toList());
        }
    }

    /** A stored override and whether it is new. */
    public record Put(PolicyEntry entry, boolean created) {}
}
