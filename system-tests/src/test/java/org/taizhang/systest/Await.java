package org.taizhang.systest;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/** Polls the eventually consistent parts of the system (Kafka consumers, the reminder tick) until they catch up. */
public final class Await {

    private Await() {}

    /** The first value of {@code probe} that satisfies {@code done} within {@code timeout}; fails naming the step. */
    public static <T> T until(String step, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (true) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            if (Instant.now().isAfter(deadline)) {
                Assertions.fail("%s: not reached within %s; last seen: %s", step, timeout, last);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
