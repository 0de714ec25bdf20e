package org.taizhang.reporting.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * How the rebuild running on this instance is getting on, and how the last one ended: a province's history takes
 * minutes to replay, and the office wants to see it move.
 */
@ApplicationScoped
public class RebuildProgress {

    private static final long LOG_EVERY = 100_000;

    private volatile RebuildStatus status = RebuildStatus.NEVER;
    private volatile long nextLog;

    public RebuildStatus status() {
        return status;
    }

    void started(String requestedBy, Instant at) {
        status = new RebuildStatus(true, requestedBy, at, 0, 0, 0, null, status.last());
        nextLog = LOG_EVERY;
    }

    void advanced(long read, long applied, long skipped) {
        RebuildStatus now = status;
        status = new RebuildStatus(true, now.requestedBy(), now.startedAt(), read, applied, skipped, null, now.last());
        if (read >= nextLog) {
            nextLog = read + LOG_EVERY;
            Log.infof(
                    "Rebuild: %d records read, %d applied, %d s",
                    read,
                    applied,
                    Duration.between(now.startedAt(), Instant.now()).toSeconds());
        }
    }

    void finished(RebuildResult result) {
        status = new RebuildStatus(
                false,
                result.requestedBy(),
                result.startedAt(),
                result.applied() + result.skipped(),
                result.applied(),
                result.skipped(),
                null,
                result);
    }

    void failed(String reason) {
        RebuildStatus now = status;
        status = new RebuildStatus(
                false,
                now.requestedBy(),
                now.startedAt(),
                now.recordsRead(),
                now.applied(),
                now.skipped(),
                reason,
                now.last());
    }
}
