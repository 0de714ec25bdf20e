package org.taizhang.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.outbox.OutboxStore.PendingEvent;

/**
 * What the relay does with the rows Kafka took: marks them published while published rows are kept, deletes them in
 * the same transaction when the retention is zero, and never touches rows Kafka did not take. JDBC and Kafka are
 * stand-ins; the statements the relay prepares are recorded.
 */
class PublishedRowsTest {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Test
    void shouldMarkRowsPublishedWhilePublishedRowsAreKept() throws Exception {
        delivery(Duration.ofDays(7), false).deliver(connection(), 0, List.of(event(1), event(2)));

        assertThat(statements).containsExactly("UPDATE outbox_event SET published_at = now() WHERE seq = ANY (?)");
    }

    @Test
    void shouldDeleteRowsAsItPublishesThemWhenNoneAreKept() throws Exception {
        delivery(Duration.ZERO, false).deliver(connection(), 0, List.of(event(1), event(2)));

        assertThat(statements).containsExactly("DELETE FROM outbox_event WHERE seq = ANY (?)");
    }

    @Test
    void shouldKeepRowsKafkaDidNotTakeWhenNoneAreKept() {
        Throwable failure = catchThrowable(
                () -> delivery(Duration.ZERO, true).deliver(connection(), 0, List.of(event(1), event(2))));

        assertThat(failure).isInstanceOf(OutboxException.class);
        assertThat(statements)
                .singleElement()
                .satisfies(sql -> assertThat(sql).startsWith("UPDATE outbox_event SET attempts = attempts + 1"));
    }

    private SlotDelivery delivery(Duration retention, boolean kafkaDown) {
        OutboxConfig config = (OutboxConfig) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {OutboxConfig.class},
                (self, method, args) -> switch (method.getName()) {
                    case "retention" -> retention;
                    case "maxRecordBytes" -> 1_048_576;
                    default -> method.getReturnType() == int.class ? (Object) 0 : null;
                });
        KafkaOutboxSender sender = new KafkaOutboxSender("127.0.0.1:9", config) {
            @Override
            public void send(int slot, List<EventEnvelope> batch, List<String> traceParents) {
                if (kafkaDown) {
                    throw new KafkaException("broker unreachable");
                }
            }
        };
        return new SlotDelivery(sender, new OutboxParking(null, new SimpleMeterRegistry()), config);
    }

    /** A connection that records the SQL of every statement prepared on it and runs none. */
    private Connection connection() {
        return (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (self, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.add((String) args[0]);
                        return Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {PreparedStatement.class},
                                (statement, call, callArgs) -> call.getReturnType() == int.class ? (Object) 1 : null);
                    }
                    return method.getReturnType() == boolean.class ? false : null;
                });
    }

    private static PendingEvent event(long seq) {
        EventEnvelope envelope = new EventEnvelope(
                "e-" + seq,
                "taizhang.task.withdrawn.v1",
                "/taizhang/test",
                Instant.parse("2026-12-01T02:00:00Z"),
                "a-" + seq,
                EventEnvelope.SPEC_VERSION,
                "{}");
        return new PendingEvent(seq, envelope, null);
    }
}
