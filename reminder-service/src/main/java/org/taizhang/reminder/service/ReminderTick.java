package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.metrics.TickMetrics;

/**
 * Issues every reminder due at {@code now}, batch by batch, each batch its own transaction. Safe to run on several
 * replicas (or threads) at once: each claims rows the others have not locked, and reminder keys are unique.
 */
@ApplicationScoped
public class ReminderTick {

    private final TickBatch batch;
    private final ReminderConfig config;
    private final TickMetrics metrics;

    public ReminderTick(TickBatch batch, ReminderConfig config, TickMetrics metrics) {
        this.batch = batch;
        this.config = config;
        this.metrics = metrics;
    }

    public TickResult tick(Instant now) {
        long start = System.nanoTime();
        int size = config.tickBatchSize();
        TickResult total = TickResult.NONE;
        TickResult last;
        try {
            do {
                last = batch.run(now, size);
                total = total.plus(last);
            } while (last.assignments() == size);
        } catch (RuntimeException e) {
            metrics.failed(total, System.nanoTime() - start);
            throw e;
        }
        metrics.record(total, System.nanoTime() - start);
        return total;
    }
}
