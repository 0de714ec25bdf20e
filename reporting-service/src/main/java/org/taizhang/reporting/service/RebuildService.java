package org.taizhang.reporting.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.taizhang.events.CloudEventHeaders;
import org.taizhang.events.EventCodec;
import org.taizhang.events.Topics;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.reporting.config.ReportingConfig;
import org.taizhang.reporting.messaging.TopicReplay;

/**
 * Rebuilds the read model from the topics: in one transaction, holding the apply lock exclusively, it empties the
 * tables and the consumers' inbox entries, then replays the three topics from the beginning through the same
 * {@link EventApplier} the live channels use, a batch at a time. Readers see the old figures until it commits; live
 * events wait for it and then apply what the replay did not reach.
 */
@ApplicationScoped
public class RebuildService {

    static final List<String> TOPICS = List.of(Topics.PLANS, Topics.ASSIGNMENTS, Topics.REMINDERS);
    private static final List<String> TABLES =
            List.of("status_change", "progress_report", "reminder", "assignment", "task", "plan", "counted_year");
    // Records are applied a poll's worth at a time, as the live channels apply them: one inbox statement and one row
    // lookup per table for the lot, instead of a round trip for each of millions of events. A task's batch of new
    // assignments weighs as many as it carries: 500 records of 500 each would hold 250,000 rows in the session at once.
    private static final int BATCH = 500;
    private static final int UNREADABLE = -1;
    private static final Duration MAX_MARGIN = Duration.ofSeconds(15);

    private final EventApplier applier;
    private final ApplyLock lock;
    private final TopicReplay replay;
    private final EntityManager entityManager;
    private final ReportingConfig config;
    private final RebuildProgress progress;

    public RebuildService(
            EventApplier applier,
            ApplyLock lock,
            TopicReplay replay,
            EntityManager entityManager,
            ReportingConfig config,
            RebuildProgress progress) {
        this.applier = applier;
        this.lock = lock;
        this.replay = replay;
        this.entityManager = entityManager;
        this.config = config;
        this.progress = progress;
    }

    public RebuildResult rebuild(String requestedBy) {
        Instant started = Instant.now();
        Duration timeout = config.rebuild().timeout();
        Instant deadline = replayDeadline(started, timeout);
        try {
            RebuildResult result = QuarkusTransaction.requiringNew()
                    .timeout((int) Math.max(1, timeout.toSeconds()))
                    .call(() -> replayInto(requestedBy, started, deadline));
            progress.finished(result);
            return result;
        } catch (ProblemException e) {
            throw e; // another rebuild runs: its progress stands
        } catch (RuntimeException e) {
            if (Instant.now().isBefore(deadline)) {
                progress.failed(e.getMessage());
                throw e;
            }
            String detail = "The rebuild did not finish within " + timeout
                    + " (REBUILD_TIMEOUT) and was rolled back: the read model is as it was";
            progress.failed(detail);
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, detail);
        }
    }

    /**
     * When the replay gives up: a little before the transaction's own timeout, whose reaper would otherwise close the
     * statement under a lot being applied and leave an unexplained error.
     */
    static Instant replayDeadline(Instant started, Duration timeout) {
        Duration margin = timeout.dividedBy(20);
        return started.plus(timeout).minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
    }

    private RebuildResult replayInto(String requestedBy, Instant started, Instant deadline) {
        if (!lock.tryRebuild()) {
            throw new ProblemException(Response.Status.CONFLICT, "A rebuild is already running");
        }
        lock.exclusive();
        progress.started(requestedBy, started);
        empty();
        Tally tally = new Tally();
        Map<String, Integer> records =
                replay.replay(TOPICS, config.rebuild().pollTimeout(), deadline, record -> take(record, tally));
        apply(tally);
        applier.moveVersions(tally.plans);
        long millis = Duration.between(started, Instant.now()).toMillis();
        Log.infof(
                "Read model rebuilt by %s from %s: %d applied, %d skipped, %d ms",
                requestedBy, records, tally.applied, tally.skipped, millis);
        return new RebuildResult(records, tally.applied, tally.skipped, requestedBy, started, millis);
    }

    /** Adds the record to the lot, applying the lot first when the record would swell it past a poll's worth. */
    private void take(ConsumerRecord<String, String> record, Tally tally) {
        int weight = weight(record);
        if (weight == UNREADABLE) {
            tally.skipped++;
            return;
        }
        if (!tally.batch.isEmpty() && tally.weight + weight > BATCH) {
            apply(tally);
        }
        tally.batch.add(record);
        tally.weight += weight;
        if (tally.weight >= BATCH) {
            apply(tally);
        }
    }

    private void apply(Tally tally) {
        List<ConsumerRecord<String, String>> batch = tally.batch;
        int accepted = applier.applyAll(batch, tally.plans).size();
        tally.applied += accepted;
        tally.skipped += batch.size() - accepted;
        batch.clear();
        tally.weight = 0;
        entityManager.flush();
        entityManager.clear();
        progress.advanced(tally.applied + tally.skipped, tally.applied, tally.skipped);
    }

    /**
     * The rows the record's event writes, as a lot counts them (a task's batch one per new assignment, any other event
     * one), or UNREADABLE. An unreadable one is skipped, as the live channel parks it in its dead-letter topic; it is
     * checked before applying because a failure inside the transactional beans would doom the whole rebuild.
     */
    private static int weight(ConsumerRecord<String, String> record) {
        try {
            return CloudEventHeaders.fromRecord(record)
                    .flatMap(EventCodec.instance()::decode)
                    .map(e -> e instanceof AssignmentsCreated batch
                            ? Math.max(1, batch.assignments().size())
                            : 1)
                    .orElse(1);
        } catch (EventCodec.EventCodecException e) {
            Log.warnf(
                    "Rebuild skips unreadable record %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return UNREADABLE;
        }
    }

    /**
     * Events applied and skipped so far, the lot waiting to be applied with the rows it weighs, and the plans whose
     * versions move at the end.
     */
    private static final class Tally {
        final List<ConsumerRecord<String, String>> batch = new ArrayList<>(BATCH);
        final Set<String> plans = new HashSet<>();
        int weight;
        int applied;
        int skipped;
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
