package org.taizhang.reporting.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.platform.persistence.RetryingTransaction;
import org.taizhang.reporting.service.ApplyLock;
import org.taizhang.reporting.service.EventApplier;

/**
 * Keeps the read model current: one channel per topic, each event applied once (inbox) in its own small
 * transaction as soon as it is polled, so a report shows in the figures within Kafka's own delivery time.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private final EventApplier applier;
    private final ApplyLock lock;
    private final RetryingTransaction transaction;
    private final Timer lag;

    public ReadModelConsumer(
            EventApplier applier, ApplyLock lock, RetryingTransaction transaction, MeterRegistry registry) {
        this.applier = applier;
        this.lock = lock;
        this.transaction = transaction;
        this.lag = Timer.builder("taizhang.reporting.event.lag")
                .description("From an event's append to the topic to its effect in the read model")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    @Incoming("plans")
    @Blocking
    public void plans(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("assignments")
    @Blocking
    public void assignments(ConsumerRecord<String, String> record) {
        apply(record);
    }

    @Incoming("reminders")
    @Blocking
    public void reminders(ConsumerRecord<String, String> record) {
        apply(record);
    }

    private void apply(ConsumerRecord<String, String> record) {
        transaction.run(record.topic() + " offset " + record.offset(), () -> applyOnce(record));
    }

    private void applyOnce(ConsumerRecord<String, String> record) {
        lock.shared();
        if (applier.apply(record) && record.timestamp() > 0) {
            // Measured at apply, a little before commit: close enough for the freshness the bench watches.
            lag.record(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - record.timestamp())));
        }
    }
}
