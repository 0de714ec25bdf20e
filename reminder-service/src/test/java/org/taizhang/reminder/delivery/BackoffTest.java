package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration CAP = Duration.ofMinutes(1);

    /** Always draws the top of the range, so the delay equals the ceiling. */
    private static final RandomGenerator HIGHEST = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public long nextLong(long bound) {
            return bound - 1;
        }
    };

    @Test
    void shouldDoubleTheCeilingUpToTheCap() {
        Backoff backoff = new Backoff(BASE, CAP, 8, HIGHEST);

        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(6)).isEqualTo(CAP);
        assertThat(backoff.ceiling(1000)).isEqualTo(CAP);
        assertThat(backoff.delayAfter(3)).contains(Duration.ofSeconds(8));
    }

    @Test
    void shouldDrawEveryDelayBetweenZeroAndTheCeiling() {
        Backoff backoff = new Backoff(BASE, CAP, 20, new Random(42));

        for (int attempt = 1; attempt < 20; attempt++) {
            Duration ceiling = backoff.ceiling(attempt);
            for (int draw = 0; draw < 200; draw++) {
                assertThat(backoff.delayAfter(attempt).orElseThrow()).isBetween(Duration.ZERO, ceiling);
            }
        }
    }

    @Test
    void shouldSpreadDelaysRatherThanRepeatOne() {
        Backoff backoff = new Backoff(BASE, CAP, 10, new Random(7));

        assertThat(IntStream.range(0, 50).mapToObj(i -> backoff.delayAfter(4).orElseThrow()))
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() {
        Backoff backoff = new Backoff(BASE, CAP, 3, HIGHEST);
        Instant failedAt = Instant.parse("2026-04-01T01:00:00Z");

        assertThat(backoff.nextAttemptAt(failedAt, 2)).contains(failedAt.plusSeconds(4));
        assertThat(backoff.exhausted(3)).isTrue();
        assertThat(backoff.delayAfter(3)).isEmpty();
        assertThat(backoff.nextAttemptAt(failedAt, 3)).isEmpty();
    }

    @Test
    void shouldRejectNonsensicalSettings() {
        Random random = new Random();

        assertThatThrownBy(() -> new Backoff(Duration.ZERO, CAP, 3, random))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(CAP, BASE, 3, random)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(BASE, CAP, 0, random)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Backoff.defaults(random).maxAttempts()).isEqualTo(10);
    }
}
