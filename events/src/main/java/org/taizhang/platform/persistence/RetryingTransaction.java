package org.taizhang.platform.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Runs a consumer's work in a transaction of its own, again in a fresh one whenever the database was unreachable:
 * an event that arrives while PostgreSQL restarts waits for it instead of being parked on a dead-letter topic.
 */
@ApplicationScoped
public class RetryingTransaction {

    private final TransientRetry retry =
            new TransientRetry(Duration.ofMillis(250), Duration.ofSeconds(10), d -> Thread.sleep(d.toMillis()));

    /** Commits {@code work} once; failures that are not transient propagate unchanged. */
    public void run(String what, Runnable work) {
        retry.run(what, () -> QuarkusTransaction.requiringNew().run(work));
    }
}
