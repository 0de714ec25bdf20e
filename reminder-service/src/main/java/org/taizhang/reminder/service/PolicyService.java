package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    public PolicyEntry putDefault(ReminderPolicy policy, String by, Instant now) {
        StoredPolicy stored = store(null, policy, by, now);
        rescheduler.rescheduleDefault();
        return PolicyEntry.from(stored);
    }

    /** Creates or replaces the plan's override; {@code created} tells which. */
    @Transactional
    public Put putPlan(String planId, ReminderPolicy policy, String by, Instant now) {
        boolean created = StoredPolicy.forPlan(planId).isEmpty();
        StoredPolicy stored = store(planId, policy, by, now);
        rescheduler.reschedulePlan(planId);
        return new Put(PolicyEntry.from(stored), created);
    }

    /** Removes the plan's override; its assignments follow the default again. */
    @Transactional
    public void deletePlan(String planId) {
        StoredPolicy stored = StoredPolicy.forPlan(planId)
                .orElseThrow(() -> new NotFoundException("Policy override of plan", planId));
        stored.delete();
        rescheduler.reschedulePlan(planId);
    }

    private static StoredPolicy store(String planId, ReminderPolicy policy, String by, Instant now) {
        validate(policy);
        StoredPolicy stored = StoredPolicy.forPlan(planId).orElseGet(() -> {
            StoredPolicy fresh = new StoredPolicy();
            fresh.id = UUID.randomUUID();
            fresh.planId = planId;
            return fresh;
        });
        stored.apply(policy, by, now);
        stored.persist();
        return stored;
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
