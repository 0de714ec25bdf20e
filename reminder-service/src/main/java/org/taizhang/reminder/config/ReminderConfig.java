package org.taizhang.reminder.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.taizhang.reminder.delivery.Backoff;
import org.taizhang.reminder.delivery.LeaseMargin;
import org.taizhang.reminder.delivery.WebhookTargetRule;

/** How the reminder tick and the delivery worker run, and how deliveries are retried. */
@ConfigMapping(prefix = "taizhang.reminders")
public interface ReminderConfig {

    /** How often the tick looks for due reminders; {@code off} stops it (tests drive the tick themselves). */
    @WithDefault("60s")
    String tick();

    /**
     * Assignments claimed per tick transaction; a tick works through batches until none is due. Each batch costs a
     * handful of statements whatever its size, so larger batches are cheaper up to the memory they hold.
     */
    @WithDefault("1000")
    int tickBatchSize();

    /** Assignments loaded and rescheduled at a time after a policy or calendar change, so memory stays bounded. */
    @WithDefault("1000")
    int reschedulePageSize();

    /**
     * Transaction timeout (seconds) of a policy or calendar change, which reschedules every assignment it governs in
     * the same transaction: a million took 43 s on the local stack, near the 60 s default of every other transaction.
     */
    @WithDefault("600")
    int rescheduleTimeoutSeconds();

    /** How often the delivery worker looks for due deliveries; {@code off} stops it. */
    @WithDefault("10s")
    String deliveryPoll();

    /** Deliveries claimed at once by one worker. */
    @WithDefault("50")
    int deliveryBatchSize();

    /**
     * How long a claimed delivery is left to its worker before another may take it (a worker that died); at least twice
     * the longer of the two send timeouts (checked at startup).
     */
    @WithDefault("2m")
    Duration deliveryLease();

    /** Longest wait for a webhook to answer. */
    @WithDefault("10s")
    Duration webhookTimeout();

    /** Longest wait for the SMTP server to accept an e-mail; a slow relay can take tens of seconds. */
    @WithDefault("30s")
    Duration mailTimeout();

    /** Escalations to the office go to the subscriptions of this unit id. */
    @WithDefault("office")
    String officeUnitId();

    /**
     * How long after the office urged an assignment by hand (催办) before it may urge it again: one press reaches the
     * unit, a second in a hurry would only repeat it. {@code 0s} lets every press through.
     */
    @WithDefault("1h")
    Duration urgeCooldown();

    /** Put before every e-mail subject. */
    @WithDefault("【台账提醒】")
    String mailSubjectPrefix();

    /**
     * The console's address as unit staff open it: robot messages link to the assignment's page there, SMS to the
     * address itself unless {@code sms.link} is set.
     */
    @WithDefault("http://127.0.0.1:8080")
    String consoleUrl();

    Retry retry();

    /** The SMS provider that texts SMS subscriptions. */
    SmsConfig sms();

    /** Internal webhook targets this deployment allows; none unless configured. */
    WebhookAllow webhookAllow();

    /** Assignment events held until their assignment's creation comes. */
    Holding heldEvents();

    /** The lease and the send timeouts together; throws if the lease leaves too little room for a send. */
    default LeaseMargin leaseMargin() {
        return new LeaseMargin(deliveryLease(), webhookTimeout(), mailTimeout());
    }

    /** Retries of a failed delivery: exponential backoff with full jitter, then the dead letters. */
    interface Retry {

        @WithDefault("5s")
        Duration base();

        @WithDefault("1h")
        Duration cap();

        /** Attempts in all, the first included. */
        @WithDefault("10")
        int maxAttempts();

        default Backoff backoff(RandomGenerator random) {
            return new Backoff(base(), cap(), maxAttempts(), random);
        }
    }

    /**
     * Webhook targets called although internal (loopback, private, link-local, ...), for deployments whose receivers
     * are on the intranet. Production allows none by default.
     */
    interface WebhookAllow {

        /**
         * Hosts as written in subscription URLs (names or IP literals), called whatever they resolve to; another form
         * of the same address (2130706433 for 127.0.0.1) or another name for it is still judged.
         */
        Optional<List<String>> hosts();

        /** Address ranges (CIDR, e.g. 10.20.0.0/16) called whatever name leads there. */
        Optional<List<String>> ranges();

        default WebhookTargetRule rule() {
            return new WebhookTargetRule(hosts().orElse(List.of()), ranges().orElse(List.of()));
        }
    }

    /**
     * Assignment events that overtook their assignment's creation wait for it in the database; those whose creation
     * never comes (assignments created before this service listened) are dropped after a while.
     */
    interface Holding {

        /**
         * How often the events held for assignments tracked meanwhile are applied (a race between replicas) and the old
         * ones dropped; {@code off} stops it.
         */
        @WithDefault("5m")
        String sweep();

        /** How long an event waits for its assignment's creation before it is dropped. */
        @WithDefault("30d")
        Duration maxAge();
    }
}
