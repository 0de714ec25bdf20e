package org.taizhang.reminder.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.service.TickResult;

/** The tick timer by outcome and the counters beside it, on a plain registry. */
class TickMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TickMetrics metrics = new TickMetrics(registry);

    @Test
    void shouldTimeATickWithNothingDueAsIdle() {
        metrics.record(TickResult.NONE, Duration.ofMillis(3).toNanos());

        assertThat(tick("idle").count()).isEqualTo(1);
        assertThat(tick("idle").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3.0);
        assertThat(tick("issued").count()).isZero();
        assertThat(counter(TickMetrics.REMINDERS_ISSUED)).isZero();
    }

    @Test
    void shouldTimeATickThatIssuedRemindersAsIssuedAndCountWhatItHandled() {
        metrics.record(new TickResult(10_000, 9_990), Duration.ofMillis(1_800).toNanos());

        assertThat(tick("issued").count()).isEqualTo(1);
        assertThat(tick("issued").totalTime(TimeUnit.SECONDS)).isEqualTo(1.8);
        assertThat(counter(TickMetrics.REMINDERS_ISSUED)).isEqualTo(9_990);
        assertThat(counter(TickMetrics.ASSIGNMENTS_HANDLED)).isEqualTo(10_000);
    }

    @Test
    void shouldTimeATickThatOnlyMovedAssignmentsOnAsRescheduled() {
        metrics.record(new TickResult(4, 0), Duration.ofMillis(20).toNanos());

        assertThat(tick("rescheduled").count()).isEqualTo(1);
        assertThat(tick("issued").count()).isZero();
        assertThat(counter(TickMetrics.ASSIGNMENTS_HANDLED)).isEqualTo(4);
    }

    @Test
    void shouldTimeAFailedTickAndStillCountWhatItsEarlierBatchesCommitted() {
        metrics.failed(new TickResult(1_000, 1_000), Duration.ofMillis(900).toNanos());

        assertThat(tick("failed").count()).isEqualTo(1);
        assertThat(counter(TickMetrics.REMINDERS_ISSUED)).isEqualTo(1_000);
        assertThat(counter(TickMetrics.ASSIGNMENTS_HANDLED)).isEqualTo(1_000);
    }

    @Test
    void shouldRegisterEveryOutcomeBeforeTheFirstTickSoThatScrapesSeeZeros() {
        assertThat(registry.find(TickMetrics.TICK).timers())
                .extracting(t -> t.getId().getTag("outcome"))
                .containsExactlyInAnyOrder("idle", "issued", "rescheduled", "failed");
    }

    private Timer tick(String outcome) {
        return registry.get(TickMetrics.TICK).tag("outcome", outcome).timer();
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }
}
