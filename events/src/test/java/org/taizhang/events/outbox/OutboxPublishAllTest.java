package org.taizhang.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taizhang.events.EventEnvelope;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.events.reminder.ReminderKind;

/** publishAll on a recording JDBC stand-in: one batch in list order, one relay wake-up per transaction. */
class OutboxPublishAllTest {

    private final Jdbc jdbc = new Jdbc();
    private final Transactions transactions = new Transactions();
    private final Outbox outbox = new Outbox(jdbc.dataSource(), config(), transactions.registry(), relay());

    @Test
    void shouldWriteEveryEventInOneBatchInListOrder() {
        List<EventEnvelope> envelopes = outbox.publishAll(List.of(issued("a-1"), issued("a-2"), issued("a-3")));

        assertThat(jdbc.batches).isEqualTo(1);
        assertThat(jdbc.singleUpdates).isZero();
        assertThat(jdbc.rows).extracting(row -> row.get(3)).containsExactly("a-1", "a-2", "a-3");
        assertThat(jdbc.rows)
                .extracting(row -> row.get(1))
                .containsExactlyElementsOf(
                        envelopes.stream().map(EventEnvelope::id).toList());
        assertThat(jdbc.rows).allSatisfy(row -> {
            assertThat(row.get(2)).isEqualTo("taizhang.reminders.v1");
            assertThat(row.get(4)).isEqualTo("taizhang.reminder.issued.v1");
            assertThat(row.get(5)).isEqualTo("/taizhang/test");
        });
    }

    @Test
    void shouldTouchNeitherDatabaseNorTransactionForNoEvents() {
        assertThat(outbox.publishAll(List.of())).isEmpty();

        assertThat(jdbc.connections).isZero();
        assertThat(transactions.synchronizations).isEmpty();
    }

    @Test
    void shouldWakeTheRelayOnceAfterCommitHoweverManyWritesTheTransactionMade() {
        outbox.publishAll(List.of(issued("a-1"), issued("a-2")));
        outbox.publishAll(List.of(issued("a-3")));
        outbox.publish(issued("a-4"));

        assertThat(transactions.synchronizations).hasSize(1);
        assertThat(jdbc.batches).isEqualTo(2);
        assertThat(jdbc.singleUpdates).isEqualTo(1);
        transactions.synchronizations.get(0).afterCompletion(Status.STATUS_COMMITTED);
    }

    private static ReminderIssued issued(String assignmentId) {
        return new ReminderIssued(
                "r-" + assignmentId,
                assignmentId,
                "p-1",
                "t-1",
                "u-1",
                ReminderKind.OVERDUE,
                LocalDate.of(2026, 11, 27),
                1,
                "u-1",
                Instant.parse("2026-11-29T02:00:00Z"));
    }

    private static OutboxConfig config() {
        return proxy(OutboxConfig.class, (method, args) -> method.equals("source") ? "/taizhang/test" : null);
    }

    private static OutboxRelay relay() {
        return new OutboxRelay(null, null, config());
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(
                OutboxPublishAllTest.class.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args));
    }

    /** What a stand-in answers for a method name and its arguments. */
    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    /** A data source whose statements record bound parameters, batches and single updates. */
    private static final class Jdbc {

        final List<Map<Integer, Object>> rows = new ArrayList<>();
        int connections;
        int batches;
        int singleUpdates;
        private Map<Integer, Object> current = new HashMap<>();

        AgroalDataSource dataSource() {
            return proxy(AgroalDataSource.class, (method, args) -> {
                if (method.equals("getConnection")) {
                    connections++;
                    return proxy(Connection.class, (m, a) -> m.equals("prepareStatement") ? statement() : null);
                }
                return null;
            });
        }

        private PreparedStatement statement() {
            return proxy(PreparedStatement.class, (method, args) -> switch (method) {
                case "setString", "setTimestamp" -> current.put((Integer) args[0], args[1]);
                case "addBatch" -> {
                    rows.add(current);
                    current = new HashMap<>();
                    yield null;
                }
                case "executeBatch" -> {
                    batches++;
                    yield new int[rows.size()];
                }
                case "executeUpdate" -> {
                    singleUpdates++;
                    yield 1;
                }
                default -> null;
            });
        }
    }

    /** A transaction registry holding resources and synchronizations of one transaction. */
    private static final class Transactions {

        final List<Synchronization> synchronizations = new ArrayList<>();
        private final Map<Object, Object> resources = new HashMap<>();

        TransactionSynchronizationRegistry registry() {
            return proxy(TransactionSynchronizationRegistry.class, (method, args) -> switch (method) {
                case "getResource" -> resources.get(args[0]);
                case "putResource" -> resources.put(args[0], args[1]);
                case "registerInterposedSynchronization" -> synchronizations.add((Synchronization) args[0]);
                default -> null;
            });
        }
    }
}
