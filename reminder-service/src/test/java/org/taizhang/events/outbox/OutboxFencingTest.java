package org.taizhang.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.Topics;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.testsupport.TopicProbe;

/**
 * Two replicas relaying the same slot in turn share its transactional id, so each one's producer fences the other's.
 * The relay knows such a failure for what it is ({@link KafkaOutboxSender#fenced}) and sends again with a fresh
 * producer; nothing the fenced attempt sent becomes visible.
 */
@QuarkusTest
class OutboxFencingTest {

    /** A slot the service's own relay never uses (it has two), so its transactional id is this test's alone. */
    private static final int SLOT = 7;

    @Inject
    OutboxConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldKnowAProducerFencedByAnotherReplicasAndSendAgainWithAFreshOne() {
        String key = "fencing-" + UUID.randomUUID();
        KafkaOutboxSender replicaA = new KafkaOutboxSender(bootstrapServers, config);
        KafkaOutboxSender replicaB = new KafkaOutboxSender(bootstrapServers, config);
        try {
            replicaA.send(SLOT, List.of(event(key, 1)));
            replicaB.send(SLOT, List.of(event(key, 2)));

            Throwable fenced = catchThrowable(() -> replicaA.send(SLOT, List.of(event(key, 3))));
            assertThat(fenced).as("replica A's send after B took the slot").isNotNull();
            assertThat(KafkaOutboxSender.fenced(fenced))
                    .as("fenced: %s", fenced)
                    .isTrue();
            assertThat(KafkaOutboxSender.fenced(new IllegalStateException("Kafka down")))
                    .isFalse();

            replicaA.send(SLOT, List.of(event(key, 3)));
        } finally {
            replicaA.close();
            replicaB.close();
        }

        assertThat(new TopicProbe(bootstrapServers).readAll(Topics.REMINDERS, key, 3))
                .as("committed events of the key: steps 1, 2 and 3 once each")
                .extracting(r -> r.value().contains("\"escalationStep\":1")
                        ? 1
                        : r.value().contains("\"escalationStep\":2") ? 2 : 3)
                .containsExactly(1, 2, 3);
    }

    private static EventEnvelope event(String assignmentId, int step) {
        return EventEnvelope.wrap(
                new ReminderIssued(
                        UUID.randomUUID().toString(),
                        assignmentId,
                        "plan",
                        "task",
                        "unit",
                        ReminderKind.OVERDUE,
                        LocalDate.of(2026, 10, 31),
                        step,
                        null,
                        Instant.now()),
                "/test",
                EventCodec.instance());
    }
}
