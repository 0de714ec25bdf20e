package org.taizhang.reminder.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.taizhang.reminder.service.TickResult;

/**
 * The tick's figures on {@code /q/metrics}: how long each tick took by outcome (the ≤ 5 s busy and ≤ 50 ms idle
 * targets are read from it), and how many reminders and due assignments the ticks handled.
 */
@ApplicationScoped
public class TickMetrics {

    public static final String TICK = "taizhang.reminder.tick";
    public static final String REMINDERS_ISSUED = "taizhang.reminder.reminders.issued";
    public static final String ASSIGNMENTS_HANDLED = "taizhang.reminder.assignments.handled";

    /** What a tick came to: nothing due, reminders issued, due assignments only moved on, or an error. */
    public enum Outcome {
        IDLE,
        ISSUED,
        RESCHEDULED,
        FAILED;

        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Outcome of(TickResult result) {
            if (result.assignments() == 0) {
                return IDLE;
            }
            return result.reminders() > 0 ? ISSUED : RESCHEDULED;
        }
    }

    private final Map<Outcome, Timer> ticks = new EnumMap<>(Outcome.class);
    private final Counter reminders;
    private final Counter assignments;

    public TickMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            ticks.put(
                    outcome,
                    Timer.builder(TICK)
                            .description("Duration of one reminder tick, all of its batches")
                            .tag("outcome", outcome.tag())
                            .register(registry));
        }
        reminders = Counter.builder(REMINDERS_ISSUED)
                .description("Reminders the tick issued")
                .register(registry);
        assignments = Counter.builder(ASSIGNMENTS_HANDLED)
                .description("Due assignments the tick handled")
                .register(registry);
    }

    /** A tick that finished after {@code nanos}. */
    public void record(TickResult result, long nanos) {
        ticks.get(Outcome.of(result)).record(nanos, TimeUnit.NANOSECONDS);
        reminders.increment(result.reminders());
        assignments.increment(result.assignments());
    }

    /** A tick that failed after {@code nanos}; what its batches committed before the failure still counts. */
    public void failed(TickResult committed, long nanos) {
        ticks.get(Outcome.FAILED).record(nanos, TimeUnit.NANOSECONDS);
        reminders.increment(committed.reminders());
        assignments.increment(committed.assignments());
    }
}
