package org.taizhang.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransientRetryTest {

    private final List<Duration> pauses = new ArrayList<>();
    private final TransientRetry retry =
            new TransientRetry(Duration.ofMillis(100), Duration.ofMillis(300), pauses::add);

    @Test
    void shouldRunAgainWhileTheDatabaseIsUnreachableWithGrowingPauses() {
        AtomicInteger attempts = new AtomicInteger();

        retry.run("apply", () -> {
            if (attempts.incrementAndGet() < 5) {
                throw unreachable();
            }
        });

        assertThat(attempts).hasValue(5);
        assertThat(pauses)
                .containsExactly(
                        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void shouldRethrowAFailureThatWouldHappenAgainAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        var poison = new IllegalArgumentException("unreadable event");

        assertThatThrownBy(() -> retry.run("apply", () -> {
                    attempts.incrementAndGet();
                    throw poison;
                }))
                .isSameAs(poison);
        assertThat(attempts).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void shouldGiveUpWithTheLastFailureWhenInterruptedWhileWaiting() {
        var interrupted = new TransientRetry(Duration.ofMillis(100), Duration.ofSeconds(1), d -> {
            throw new InterruptedException("shutting down");
        });
        RuntimeException failure = unreachable();

        try {
            assertThatThrownBy(() -> interrupted.run("apply", () -> {
                        throw failure;
                    }))
                    .isSameAs(failure);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static RuntimeException unreachable() {
        return new IllegalStateException("no connection", new SQLException("Connection refused", "08001"));
    }
}
