package org.taizhang.reminder.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.taizhang.events.plan.Cadence;
import org.taizhang.reminder.policy.ReminderPolicy;

/** A reminder policy the office stored: the default (no plan) or a plan's override. */
@Entity
@Table(name = "reminder_policy")
public class StoredPolicy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public String planId;

    @Column(name = "before_days")
    public Integer[] beforeDays;

    @Column(name = "on_due_day")
    public boolean onDueDay;

    @Column(name = "overdue_every_days")
    public int overdueEveryDays;

    @Column(name = "lead_unit_after")
    public int leadUnitAfter;

    @Column(name = "office_after")
    public int officeAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_cadence")
    public Cadence defaultCadence;

    @Column(name = "periodic_grace_days")
    public int periodicGraceDays;

    @Column(name = "local_hour")
    public int localHour;

    public String zone;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<StoredPolicy> forPlan(String planId) {
        return planId == null
                ? find("planId is null").firstResultOptional()
                : find("planId", planId).firstResultOptional();
    }

    public ReminderPolicy toPolicy() {
        return new ReminderPolicy(
                Arrays.asList(beforeDays),
                onDueDay,
                overdueEveryDays,
                leadUnitAfter,
                officeAfter,
                defaultCadence,
                periodicGraceDays,
                localHour,
                ZoneId.of(zone));
    }

    public void apply(ReminderPolicy policy, String by, Instant at) {
        beforeDays = policy.beforeDays().toArray(Integer[]::new);
        onDueDay = policy.onDueDay();
        overdueEveryDays = policy.overdueEveryDays();
        leadUnitAfter = policy.leadUnitAfter();
        officeAfter = policy.officeAfter();
        defaultCadence = policy.defaultCadence();
        periodicGraceDays = policy.periodicGraceDays();
        localHour = policy.localHour();
        zone = policy.zone().getId();
        updatedBy = by;
        updatedAt = at;
    }
}
