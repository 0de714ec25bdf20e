package org.taizhang.events.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.taizhang.events.outbox.OutboxStore.PendingEvent;
import org.taizhang.platform.tracing.TraceLogs;

/**
 * Publishes committed outbox rows to Kafka, oldest first. Keys are hashed into slots and each slot is relayed under a
 * PostgreSQL advisory lock, so with several replicas running every key is still relayed by one of them at a time, in
 * order. While Kafka is down the rows stay where they are and the relay retries with growing pauses; a row Kafka will
 * never take is parked ({@link SlotDelivery}) instead of being retried ahead of the rows behind it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final AgroalDataSource dataSource;
    private final SlotDelivery delivery;
    private final OutboxConfig config;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private Instant nextCleanup = Instant.now();

    public OutboxRelay(AgroalDataSource dataSource, SlotDelivery delivery, OutboxConfig config) {
        this.dataSource = dataSource;
        this.delivery = delivery;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            Log.info("Outbox relay disabled on this replica");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(5_000);
        }
    }

    /** Asks for a relay pass now rather than at the next poll. */
    public void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * One pass over every slot this replica can take; returns how many events it published. A slot that fails does not
     * hold the others back; the first failure is thrown once every slot has had its turn.
     */
    public int relayOnce() throws SQLException {
        int published = 0;
        RuntimeException failure = null;
        for (int slot = 0; slot < config.slots(); slot++) {
            try {
                published += drainSlot(slot);
            } catch (OutboxException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return published;
    }

    private int drainSlot(int slot) throws SQLException {
        int published = 0;
        int sent;
        do {
            sent = relaySlot(slot);
            published += sent;
        } while (sent == config.batchSize());
        return published;
    }

    private void run() {
        long backoff = config.pollInterval().toMillis();
        while (running) {
            try {
                int published = relayOnce();
                if (published == 0) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                } else if (published < config.batchSize()
                        && !pause(config.linger().toMillis())) {
                    return;
                }
                backoff = config.pollInterval().toMillis();
                cleanUpNowAndThen();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failed(e, backoff);
                if (!pause(backoff)) {
                    return;
                }
                backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
            }
        }
    }

    /** Reports a failed pass, naming the trace of the rows it failed on when they are all of one. */
    static void failed(Exception e, long backoff) {
        try (var ignored = TraceLogs.naming(e instanceof OutboxException o ? o.traceId() : null)) {
            Log.warnf("Outbox relay failed, retrying in %d ms: %s", backoff, e.getMessage());
        }
    }

    private int relaySlot(int slot) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!OutboxStore.tryLockSlot(connection, slot)) {
                    connection.rollback();
                    return 0;
                }
                List<PendingEvent> batch = OutboxStore.pending(connection, config.slots(), slot, config.batchSize());
                if (!batch.isEmpty()) {
                    delivery.deliver(connection, slot, batch);
                }
                connection.commit();
                return batch.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void cleanUpNowAndThen() throws SQLException {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
        try (Connection connection = dataSource.getConnection()) {
            int deleted =
                    OutboxStore.deletePublishedBefore(connection, Instant.now().minus(config.retention()));
            Log.debugf("Outbox clean-up deleted %d published events", deleted);
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
