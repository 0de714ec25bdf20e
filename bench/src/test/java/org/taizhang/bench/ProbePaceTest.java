package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProbePaceTest {

    @Test
    void shouldAskEveryHalfSecondWhenTheCountCouldBeCompleteWithinTwoSeconds() {
        // 1,000 rows a second, 1,500 to go: complete in 1.5 s.
        assertThat(ProbePace.nextMillis(8_000, 8_500, 500, 10_000)).isEqualTo(500);
    }

    @Test
    void shouldAskLessOftenWhileTheCountIsFarAway() {
        // 1,000 rows a second, 90,000 to go: at most every 2 s.
        assertThat(ProbePace.nextMillis(9_000, 10_000, 1_000, 100_000)).isEqualTo(2_000);
        // 6,000 to go: 6 s, a quarter of it.
        assertThat(ProbePace.nextMillis(93_000, 94_000, 1_000, 100_000)).isEqualTo(1_500);
    }

    @Test
    void shouldAskEveryHalfSecondWhileNothingMovesOrWhenComplete() {
        assertThat(ProbePace.nextMillis(0, 0, 2_000, 100_000)).isEqualTo(500);
        assertThat(ProbePace.nextMillis(5_000, 5_000, 2_000, 100_000)).isEqualTo(500);
        assertThat(ProbePace.nextMillis(99_000, 100_000, 500, 100_000)).isEqualTo(500);
    }
}
