package org.taizhang.reminder.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.taizhang.reminder.config.ReminderConfig;

/**
 * Looks after held assignment events between polls: applies those whose assignment another replica created while they
 * were being held (none otherwise: their creation applies them), and drops those whose creation never came.
 */
@ApplicationScoped
public class HeldEventSweep {

    /** Assignments worked per transaction; many only after a burst of such races, which are rare. */
    static final int BATCH = 500;

    private final HeldEvents held;
    private final AssignmentTracker tracker;
    private final ReminderConfig config;

    public HeldEventSweep(HeldEvents held, AssignmentTracker tracker, ReminderConfig config) {
        this.held = held;
        this.tracker = tracker;
        this.config = config;
    }

    /** Applies the held events of up to {@link #BATCH} tracked assignments; answers how many assignments. */
    @Transactional
    public int applyToTracked() {
        List<String> ids = held.overtakenOfTracked(BATCH);
        if (!ids.isEmpty()) {
            tracker.applyHeld(ids);
            Log.infof("Applied the events held for %d assignments created while they were held", ids.size());
        }
        return ids.size();
    }

    /**
     * Deletes the events held longer than the configured age at {@code now}: their assignments were created before this
     * service listened (or their creation was lost), so nothing will ever apply them.
     */
    @Transactional
    public int purge(Instant now) {
        int purged = held.purge(now.minus(config.heldEvents().maxAge()));
        if (purged > 0) {
            Log.infof(
                    "Dropped %d assignment events held over %s: their assignments' creation never came",
                    purged, config.heldEvents().maxAge());
        } else {
            Log.debug("No held assignment events to drop");
        }
        return purged;
    }
}
