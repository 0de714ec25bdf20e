package org.taizhang.platform.persistence;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.function.Predicate;

/** Repeats a unit of work while it fails transiently, pausing twice as long each time up to a ceiling. */
public final class TransientRetry {

    /** How the retry waits; a test passes one that records instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Duration first;
    private final Duration ceiling;
    private final Pause pause;
    private final Predicate<Throwable> retryable;

    /** Retries while the database is unreachable. */
    public TransientRetry(Duration first, Duration ceiling, Pause pause) {
        this(first, ceiling, pause, TransientFailures::isTransient);
    }

    /** Retries while {@code retryable} says the failure will pass. */
    public TransientRetry(Duration first, Duration ceiling, Pause pause, Predicate<Throwable> retryable) {
        this.first = first;
        this.ceiling = ceiling;
        this.pause = pause;
        this.retryable = retryable;
    }

    /**
     * Runs {@code work} until it succeeds or fails for a reason that is not transient, which is rethrown. An interrupt
     * while waiting ends the retries with the last failure, so that a shutting-down service is not held up.
     */
    public void run(String what, Runnable work) {
        Duration wait = first;
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!retryable.test(e)) {
                    throw e;
                }
                Log.warnf("%s failed (attempt %d: %s); retrying in %s", what, attempt, e, wait);
                waitOrGiveUp(wait, e);
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
            }
        }
    }

    private void waitOrGiveUp(Duration wait, RuntimeException failure) {
        try {
            pause.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
