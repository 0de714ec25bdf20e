package org.taizhang.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.service.StaleWhileRefresh.Answer;

class StaleWhileRefreshTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final StaleWhileRefresh A_MINUTE =
            new StaleWhileRefresh(Duration.ofMinutes(1), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldAnswerKeptFiguresOfTheCurrentVersionHoweverOld() {
        assertThat(A_MINUTE.decide(7, NOW.minus(Duration.ofDays(3)), 7)).isEqualTo(Answer.KEPT);
    }

    @Test
    void shouldAnswerKeptFiguresBehindTheirVersionWhileTheyAreRecentAndRefreshThem() {
        assertThat(A_MINUTE.decide(6, NOW.minusSeconds(5), 7)).isEqualTo(Answer.KEPT_WHILE_REFRESHING);
        assertThat(A_MINUTE.decide(6, NOW.minusSeconds(60), 9)).isEqualTo(Answer.KEPT_WHILE_REFRESHING);
    }

    @Test
    void shouldComputeBeforeAnsweringOnceKeptFiguresAreOlderThanAllowed() {
        assertThat(A_MINUTE.decide(6, NOW.minusSeconds(61), 7)).isEqualTo(Answer.COMPUTE);
    }

    @Test
    void shouldAlwaysComputeFiguresBehindTheirVersionWhenNoStalenessIsAllowed() {
        StaleWhileRefresh exact = new StaleWhileRefresh(Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(exact.decide(6, NOW, 7)).isEqualTo(Answer.COMPUTE);
        assertThat(exact.decide(7, NOW.minusSeconds(600), 7)).isEqualTo(Answer.KEPT);
    }

    @Test
    void shouldRestoreFiguresKeptAcrossARestartOnlyWhenTheyMayAnswerAndAreNotAheadOfTheFigures() {
        assertThat(A_MINUTE.mayRestore(7, NOW.minus(Duration.ofDays(3)), 7)).isTrue();
        assertThat(A_MINUTE.mayRestore(6, NOW.minusSeconds(5), 7)).isTrue();
        assertThat(A_MINUTE.mayRestore(6, NOW.minusSeconds(61), 7)).isFalse();
        assertThat(A_MINUTE.mayRestore(8, NOW.minusSeconds(5), 7)).isFalse();
    }
}
