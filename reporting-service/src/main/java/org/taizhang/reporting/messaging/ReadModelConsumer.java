package org.taizhang.reporting.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.taizhang.events.inbox.BatchApplier;
import org.taizhang.reporting.service.ApplyLock;
import org.taizhang.reporting.service.EventApplier;

/**
 * Keeps the read model current: one channel per topic, each poll applied in one transaction (each event once, through
 * the inbox) as soon as it arrives, so that a busy topic costs one commit, one inbox statement and one lookup per table
 * per poll, and the figures keep up with it.
 */
@ApplicationScoped
public class ReadModelConsumer {

    private final EventApplier applier;
    private final ApplyLock lock;
    private final BatchApplier batches;
    private final Timer lag;

    public ReadModelConsumer(EventApplier applier, ApplyLock lock, BatchApplier batches, MeterRegistry registry) {
        this.applier = applier;
        this.lock = lock;
        this.batches = batches;
        this.lag = Timer.builder("taizhang.reporting.event.lag")
                .description("From an event's append to the topic to its effect in the read model")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    @Incoming("plans")
    @Blocking
    public void plans(ConsumerRecords<String, String> records) {
        apply(records);
    }

    @Incoming("assignments")
    @Blocking
    public void assignments(ConsumerRecords<String, String> records) {
        apply(records);
    }

    @Incoming("reminders")
    @Blocking
    public void reminders(ConsumerRecords<String, String> records) {
        apply(records);
    }

    private void apply(ConsumerRecords<String, String> polled) {
        batches.apply("reporting-service", polled, this::applyAll);
    }

    private void applyAll(List<ConsumerRecord<String, String>> records) {
        lock.shared();
        List<ConsumerRecord<String, String>> applied = applier.applyAll(records);
        long now = System.currentTimeMillis();
        for (ConsumerRecord<String, String> record : applied) {
            if (record.timestamp() > 0) {
                // Measured at apply, a little before commit: close enough for the freshness the bench watches.
                lag.record(Duration.ofMillis(Math.max(0, now - record.timestamp())));
            }
        }
    }
}
