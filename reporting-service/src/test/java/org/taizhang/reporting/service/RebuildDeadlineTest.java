package org.taizhang.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RebuildDeadlineTest {

    private static final Instant START = Instant.parse("2026-12-07T22:00:00Z");

    @Test
    void shouldGiveUpTheReplayBeforeTheTransactionTimesOut() {
        assertThat(RebuildService.replayDeadline(START, Duration.ofSeconds(60))).isEqualTo(START.plusSeconds(57));
    }

    @Test
    void shouldKeepAtMostFifteenSecondsInHandForLongRebuilds() {
        assertThat(RebuildService.replayDeadline(START, Duration.ofMinutes(20)))
                .isEqualTo(START.plus(Duration.ofMinutes(20)).minusSeconds(15));
    }
}
