package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.taizhang.reminder.config.ReminderConfig;

/**
 * Issues every reminder due at {@code now}, batch by batch, each batch its own transaction. Safe to run on several
 * replicas (or threads) at once: each claims rows the others have not locked, and reminder keys are unique.
 */
@ApplicationScoped
public class ReminderTick {

    private final TickBatch batch;
    private final ReminderConfig config;

    public ReminderTick(TickBatch batch, ReminderConfig config) {
        this.batch = batch;
        this.config = config;
    }

    public TickResult tick(Instant now) {
        int size = config.tickBatchSize();
        TickResult total = TickResult.NONE;
        TickResult last;
        do {
            last = batch.run(now, size);
            total = total.plus(last);
        } while (last.assignments() == size);
        return total;
    }
}
