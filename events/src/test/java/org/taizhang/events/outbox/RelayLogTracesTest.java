package org.taizhang.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.outbox.OutboxStore.PendingEvent;
import org.taizhang.platform.tracing.TraceLogs;

/**
 * The relay's log lines about rows lead to the requests that wrote them: a line about rows of one trace names it in
 * the MDC (the log format's trace=), a line about a batch lists its traces. JDBC and Kafka are stand-ins.
 */
class RelayLogTracesTest {

    private static final String TRACE_A = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACE_B = "0af7651916cd43dd8448eb211c80319c";

    private final Logger relayLogs = Logger.getLogger("org.taizhang.events.outbox");
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            // Read while the call is on: the MDC as the log format would print it.
            lines.add(new Line(record.getLevel(), message, (String) MDC.get(TraceLogs.TRACE_ID)));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private final Connection connection = stub(Connection.class);
    private final OutboxParking parking = new OutboxParking(null, new SimpleMeterRegistry());

    @BeforeEach
    void captureTheRelaysLogs() {
        relayLogs.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        relayLogs.removeHandler(capture);
    }

    @Test
    void shouldNameTheTraceOfAParkedRowInItsErrorLine() throws Exception {
        parking.park(connection, event(7, "a-1", TRACE_A), "RecordTooLargeException: too large");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.level()).isEqualTo(org.jboss.logmanager.Level.ERROR);
            assertThat(line.message()).contains("seq 7");
            assertThat(line.traceId()).isEqualTo(TRACE_A);
        });
        assertThat(MDC.get(TraceLogs.TRACE_ID)).isNull();
    }

    @Test
    void shouldNameTheTraceOfRowsKafkaDidNotTakeWhenTheRelayReportsTheFailure() {
        SlotDelivery delivery = delivery(batch -> {
            throw new KafkaException("broker unreachable");
        });

        OutboxException failure = catchThrowableOfType(
                () -> delivery.deliver(
                        connection,
                        1,
                        List.of(event(1, "a-1", TRACE_A), event(2, "a-1", TRACE_A), event(3, "b-1", null))),
                OutboxException.class);
        OutboxRelay.failed(failure, 500);

        assertThat(failure.traceId()).isEqualTo(TRACE_A);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.message()).contains("Kafka did not take 3 events of slot 1 (trace " + TRACE_A + ")");
            assertThat(line.traceId()).isEqualTo(TRACE_A);
        });
    }

    @Test
    void shouldListTheTracesOfABatchKafkaRefusedAndNameEachParkedRowsOwn() throws Exception {
        SlotDelivery delivery = delivery(batch -> {
            if (batch.size() > 1 || batch.get(0).subject().equals("b-1")) {
                throw new RecordTooLargeException("the record is too large");
            }
        });

        delivery.deliver(connection, 0, List.of(event(1, "a-1", TRACE_A), event(2, "b-1", TRACE_B)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).message())
                .contains("Kafka refused a batch of 2 events of slot 0 (traces " + TRACE_A + ", " + TRACE_B + ")");
        assertThat(lines.get(0).traceId()).isNull();
        assertThat(lines.get(1).message()).contains("parked").contains("seq 2");
        assertThat(lines.get(1).traceId()).isEqualTo(TRACE_B);
    }

    private SlotDelivery delivery(Kafka kafka) {
        OutboxConfig config = stub(OutboxConfig.class);
        KafkaOutboxSender sender = new KafkaOutboxSender("127.0.0.1:9", config) {
            @Override
            public void send(int slot, List<EventEnvelope> batch, List<String> traceParents) {
                kafka.send(batch);
            }
        };
        return new SlotDelivery(sender, parking, config);
    }

    private static PendingEvent event(long seq, String key, String trace) {
        EventEnvelope envelope = new EventEnvelope(
                "e-" + seq,
                "taizhang.task.withdrawn.v1",
                "/taizhang/test",
                Instant.parse("2026-12-01T02:00:00Z"),
                key,
                EventEnvelope.SPEC_VERSION,
                "{}");
        return new PendingEvent(seq, envelope, trace == null ? null : "00-" + trace + "-00f067aa0ba902b7-01");
    }

    /** A stand-in answering zero, false or null, a statement for prepareStatement, the default record limit and retention. */
    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type) {
        return (T) Proxy.newProxyInstance(
                RelayLogTracesTest.class.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
                    Class<?> returns = method.getReturnType();
                    if (returns == PreparedStatement.class) {
                        return stub(PreparedStatement.class);
                    }
                    if (method.getName().equals("maxRecordBytes")) {
                        return 1_048_576;
                    }
                    if (returns == Duration.class) {
                        return Duration.ofDays(7);
                    }
                    if (returns == int.class || returns == long.class) {
                        return returns == int.class ? (Object) 0 : (Object) 0L;
                    }
                    return returns == boolean.class ? false : null;
                });
    }

    /** Kafka as the stand-in sender meets it: takes the batch or throws. */
    @FunctionalInterface
    private interface Kafka {
        void send(List<EventEnvelope> batch);
    }

    private record Line(Level level, String message, String traceId) {}
}
