package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void shouldGiveNearestRankPercentilesInMilliseconds() {
        Latencies latencies = new Latencies();
        for (int ms = 1; ms <= 100; ms++) {
            latencies.add(ms * 1_000_000L);
        }

        assertThat(latencies.percentileMillis(0.5)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(0.99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(1.0)).isEqualTo(100.0);
    }

    @Test
    void shouldCountErrorsApartAndMergeRuns() {
        Latencies one = new Latencies();
        one.add(2_000_000L);
        one.error();
        Latencies two = new Latencies();
        two.add(4_000_000L);

        one.addAll(two);

        assertThat(one.count()).isEqualTo(2);
        assertThat(one.errors()).isEqualTo(1);
        assertThat(new Latencies().percentileMillis(0.99)).isZero();
    }
}
