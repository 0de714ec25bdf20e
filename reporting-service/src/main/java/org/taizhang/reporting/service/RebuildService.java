package org.taizhang.reporting.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.Topics;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.messaging.TopicReplay;

/**
 * Rebuilds the read model from the topics: in one transaction, holding the apply lock exclusively, it empties the
 * tables and the consumers' inbox entries, then replays the three topics from the beginning through the same
 * {@link EventApplier} the live channels use. Readers see the old figures until it commits; live events wait for it
 * and then apply what the replay did not reach.
 */
@ApplicationScoped
public class RebuildService {

    static final List<String> TOPICS = List.of(Topics.PLANS, Topics.ASSIGNMENTS, Topics.REMINDERS);
    private static final List<String> TABLES =
            List.of("status_change", "progress_report", "reminder", "assignment", "task", "plan");
    private static final int FLUSH_EVERY = 500;

    private final EventApplier applier;
    private final ApplyLock lock;
    private final TopicReplay replay;
    private final EntityManager entityManager;
    private final ReportingConfig config;

    public RebuildService(
            EventApplier applier,
            ApplyLock lock,
            TopicReplay replay,
            EntityManager entityManager,
            ReportingConfig config) {
        this.applier = applier;
        this.lock = lock;
        this.replay = replay;
        this.entityManager = entityManager;
        this.config = config;
    }

    public RebuildResult rebuild(String requestedBy) {
        Instant started = Instant.now();
        Duration timeout = config.rebuild().timeout();
        return QuarkusTransaction.requiringNew()
                .timeout((int) Math.max(1, timeout.toSeconds()))
                .call(() -> replayInto(requestedBy, started, started.plus(timeout)));
    }

    private RebuildResult replayInto(String requestedBy, Instant started, Instant deadline) {
        if (!lock.tryRebuild()) {
            throw new ProblemException(Response.Status.CONFLICT, "A rebuild is already running");
        }
        lock.exclusive();
        empty();
        int[] applied = {0};
        int[] skipped = {0};
        Map<String, Integer> records = replay.replay(TOPICS, config.rebuild().pollTimeout(), deadline, record -> {
            if (apply(record)) {
                applied[0]++;
            } else {
                skipped[0]++;
            }
            if ((applied[0] + skipped[0]) % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        });
        long millis = Duration.between(started, Instant.now()).toMillis();
        Log.infof(
                "Read model rebuilt by %s from %s: %d applied, %d skipped, %d ms",
                requestedBy, records, applied[0], skipped[0], millis);
        return new RebuildResult(records, applied[0], skipped[0], requestedBy, started, millis);
    }

    /**
     * Applies one record. An unreadable payload is skipped, as the live channel parks it in its dead-letter topic; it
     * is checked before applying because a failure inside the transactional beans would doom the whole rebuild.
     */
    private boolean apply(ConsumerRecord<String, String> record) {
        try {
            CloudEventHeaders.fromRecord(record).ifPresent(EventCodec.instance()::decode);
        } catch (EventCodec.EventCodecException e) {
            Log.warnf(
                    "Rebuild skips unreadable record %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return false;
        }
        return applier.apply(record);
    }

    private void empty() {
        entityManager.flush();
        TABLES.forEach(
                table -> entityManager.createNativeQuery("DELETE FROM " + table).executeUpdate());
        entityManager
                .createNativeQuery("DELETE FROM inbox_event WHERE consumer IN (?1, ?2, ?3)")
                .setParameter(1, EventApplier.PLANS)
                .setParameter(2, EventApplier.ASSIGNMENTS)
                .setParameter(3, EventApplier.REMINDERS)
                .executeUpdate();
        entityManager.clear();
    }
}
