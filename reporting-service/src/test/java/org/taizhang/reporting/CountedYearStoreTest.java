package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.reporting.compute.ReportingPolicy;
import org.taizhang.reporting.compute.ScoreWeights;
import org.taizhang.reporting.compute.WorkCounts;
import org.taizhang.reporting.compute.YearWork;
import org.taizhang.reporting.entity.StoredYearCount;
import org.taizhang.reporting.service.CountedYear;
import org.taizhang.reporting.service.CountedYearStore;
import org.taizhang.reporting.service.ScoreKey;

/** A year's counted work kept in the database across restarts: read back alike, never replaced by an older count. */
@QuarkusTest
class CountedYearStoreTest {

    // A year no plan of the tests has, so that the background's counts of the current year never touch it.
    private static final int YEAR = 2031;
    private static final LocalDate DAY = LocalDate.of(YEAR, 7, 1);

    @Inject
    CountedYearStore store;

    @BeforeEach
    void forgetTheYear() {
        update("delete from counted_year where year = " + YEAR);
    }

    @Test
    void shouldReadBackACountThatScoresAsTheCountKept() {
        CountedYear counted = counted(40);
        store.save(counted);

        CountedYear read = store.load(YEAR).orElseThrow();

        assertThat(read.version()).isEqualTo(40);
        assertThat(read.computedAt()).isEqualTo(counted.computedAt());
        assertThat(read.scores(key()).scorecards())
                .isEqualTo(counted.scores(key()).scorecards());
        assertThat(read.scores(key()).scorecards()).extracting("overdue").containsExactlyInAnyOrder(0, 2);
    }

    @Test
    void shouldNeverReplaceACountWithAnOlderOne() {
        store.save(counted(50));
        store.save(counted(45));

        assertThat(store.load(YEAR).orElseThrow().version()).isEqualTo(50);
    }

    @Test
    void shouldCountAgainRatherThanReadACountOfAnotherBasisOrUnreadableBytes() {
        store.save(counted(60));
        update("update counted_year set basis = 'another policy' where year = " + YEAR);
        assertThat(store.load(YEAR)).isEmpty();

        store.save(counted(61));
        update("update counted_year set work = decode('1f8b', 'hex') where year = " + YEAR);
        assertThat(store.load(YEAR)).isEmpty();
    }

    @Test
    void shouldKeepTheCurrentYearsCountOnceItIsCounted() {
        int year = PlanScenario.today().getYear();
        long version = Api.office("/api/reports/scorecards").getLong("version");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                                .call(() -> StoredYearCount.<StoredYearCount>findById(year)))
                        .isNotNull()
                        .satisfies(row -> assertThat(row.version).isGreaterThanOrEqualTo(version)));
    }

    /** Two units of the year: one with nothing overdue on {@link #DAY}, one with two assignments overdue. */
    private static CountedYear counted(long version) {
        YearWork work = new YearWork.Builder(YEAR)
                .count(new WorkCounts("u-2031-a", "312100", "甲局", 3, 2, 0, 1, 0, 0), DAY.plusDays(10))
                .count(new WorkCounts("u-2031-b", "312101", "乙局", 4, 1, 1, 2, 3, 1), DAY.minusDays(5))
                .build();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new CountedYear(work, version, at, ReportingPolicy.DEFAULT, 2);
    }

    private static ScoreKey key() {
        return new ScoreKey(YEAR, DAY, ScoreWeights.DEFAULT);
    }

    private static void update(String sql) {
        QuarkusTransaction.requiringNew()
                .run(() -> StoredYearCount.getEntityManager()
                        .createNativeQuery(sql)
                        .executeUpdate());
    }
}
