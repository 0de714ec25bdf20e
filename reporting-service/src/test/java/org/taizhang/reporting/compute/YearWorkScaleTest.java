package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.Cadence;

/**
 * A province's year counted once: 20,000 units, each with work in one or two regions due at the twelve month ends and
 * ten periodic assignments reporting quarterly. Prints what the count holds and what deriving a day costs (measured,
 * not asserted: the machine is shared).
 */
class YearWorkScaleTest {

    private static final int YEAR = 2026;
    private static final int UNITS = 20_000;
    private static final int PERIODIC_PER_UNIT = 10;

    @Test
    void shouldDeriveAProvincesScorecardsForAnyDayFromOneCount() {
        long before = usedHeap();
        YearWork counted = province();
        long after = usedHeap();
        ScorecardCalculator calculator = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT);

        long[] nanos = new long[20];
        List<Scorecard> scored = List.of();
        for (int i = 0; i < nanos.length; i++) {
            LocalDate day = LocalDate.of(YEAR, 1 + i % 12, 1 + i);
            long start = System.nanoTime();
            scored = counted.score(calculator, day);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "YearWorkScaleTest: %,d units x 12 due dates (+%d periodic each): count holds ~%,d KB of heap;"
                        + " deriving a day's scorecards took %d ms at the median, %d ms at most (first runs included)%n",
                UNITS,
                PERIODIC_PER_UNIT,
                (after - before) / 1024,
                nanos[nanos.length / 2] / 1_000_000,
                nanos[nanos.length - 1] / 1_000_000);

        assertThat(scored).hasSize(UNITS);
        LocalDate july = LocalDate.of(YEAR, 7, 1);
        // Open work due at each month end before 1 July: six months, three open assignments each, in each region.
        assertThat(counted.score(calculator, july))
                .allSatisfy(card -> assertThat(card.overdue()).isIn(18, 36));
        assertThat(counted.score(calculator, july))
                .allSatisfy(card -> assertThat(card.reportsDue()).isEqualTo(2 * PERIODIC_PER_UNIT));
    }

    /** Per unit and region: 40 completed on time, 10 late, and three open assignments at each month end. */
    private static YearWork province() {
        YearWork.Builder builder = new YearWork.Builder(YEAR);
        for (int unit = 0; unit < UNITS; unit++) {
            String unitId = "u-%05d".formatted(unit);
            String name = "单位" + unit;
            int regions = unit % 2 == 0 ? 1 : 2;
            for (int r = 0; r < regions; r++) {
                String region = "36%02d%02d".formatted(unit % 11, r);
                builder.count(new WorkCounts(unitId, region, name, 50, 40, 10, 0, 20, 5), null);
                for (int month = 1; month <= 12; month++) {
                    LocalDate due = LocalDate.of(YEAR, month, 1).plusMonths(1).minusDays(1);
                    builder.count(new WorkCounts(unitId, region, name, 3, 0, 0, 3, 1, 0), due);
                }
            }
            for (int p = 0; p < PERIODIC_PER_UNIT; p++) {
                int[] reports = {
                    day(YEAR, 3, 20), day(YEAR, 6, 25), day(YEAR, 9, 28), day(YEAR, 12, 20),
                };
                builder.periodic(new PeriodicWork(unitId, Cadence.QUARTERLY, LocalDate.of(YEAR, 1, 1), null, reports));
            }
        }
        return builder.build();
    }

    private static int day(int year, int month, int day) {
        return (int) LocalDate.of(year, month, day).toEpochDay();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
