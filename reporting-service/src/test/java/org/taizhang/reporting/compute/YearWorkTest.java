package org.taizhang.reporting.compute;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reporting.model.AssignmentFacts;
import org.taizhang.reporting.model.ReminderFacts;
import org.taizhang.reporting.model.ReportFacts;

/**
 * The year's work counted once must score every day exactly as the calculator scores the assignments themselves on
 * that day: varied work (supporting roles, cancelled work, periodic work with reports at the reporting zone's period
 * edges, completions a moment before and after midnight of the due date) judged on, before and after each due date.
 */
class YearWorkTest {

    private static final int YEAR = 2026;
    private static final ZoneId ZONE = ReportingPolicy.DEFAULT.zone();
    // Due dates other than month ends: the first and last days of the year, a leap-free February end, mid-month days.
    private static final LocalDate[] ODD_DAYS = {
        LocalDate.of(YEAR, 1, 1),
        LocalDate.of(YEAR, 2, 14),
        LocalDate.of(YEAR, 6, 15),
        LocalDate.of(YEAR, 9, 30),
        LocalDate.of(YEAR, 11, 11),
        LocalDate.of(YEAR, 12, 31)
    };
    private static final ScoreWeights STRICT = new ScoreWeights(60, 40, 0.25, 3.5, 2);

    private final Random random = new Random(20261207);
    private final List<Work> work = generated(60, 3_000);

    @Test
    void shouldScoreEveryDayFromTheCountedWorkAsFromTheAssignmentsThemselves() {
        YearWork counted = counted(work);

        for (ScoreWeights weights : List.of(ScoreWeights.DEFAULT, STRICT)) {
            ScorecardCalculator calculator = new ScorecardCalculator(weights, ReportingPolicy.DEFAULT);
            for (LocalDate day : days()) {
                assertThat(counted.score(calculator, day))
                        .as("%s, %s", day, weights)
                        .isEqualTo(scoredOneByOne(calculator, day));
            }
        }
    }

    @Test
    void shouldScoreEveryDayAlikeFromTheCountedWorkWrittenAndReadBack() throws IOException {
        YearWork counted = counted(work);

        YearWork read = YearWorkFormat.read(new ByteArrayInputStream(YearWorkFormat.write(counted)));

        assertThat(read.year()).isEqualTo(YEAR);
        assertThat(read.regions()).isEqualTo(counted.regions());
        ScorecardCalculator calculator = new ScorecardCalculator(STRICT, ReportingPolicy.DEFAULT);
        for (LocalDate day : days()) {
            assertThat(read.score(calculator, day)).as("%s", day).isEqualTo(counted.score(calculator, day));
        }
    }

    @Test
    void shouldRefuseStoredBytesOfAnotherKind() throws IOException {
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(other)) {
            gzip.write(new byte[] {0, 0, 0, 1, 0, 0, 7, -22, -1, -1, -1, -1});
        }

        assertThatThrownBy(() -> YearWorkFormat.read(new ByteArrayInputStream("text".getBytes(UTF_8))))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> YearWorkFormat.read(new ByteArrayInputStream(other.toByteArray())))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shouldCountOverdueWorkAsTheOpenWorkDueBeforeTheDay() {
        LocalDate due = LocalDate.of(YEAR, 3, 31);
        List<Work> open = List.of(
                fixed("a", due, AssignmentStatus.IN_PROGRESS, null),
                fixed("b", due, AssignmentStatus.NOT_STARTED, null),
                fixed("c", due.plusMonths(1), AssignmentStatus.IN_PROGRESS, null),
                fixed(
                        "d",
                        due,
                        AssignmentStatus.COMPLETED,
                        due.atTime(LocalTime.NOON).atZone(ZONE).toInstant()));
        YearWork counted = counted(open);
        ScorecardCalculator calculator = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT);

        assertThat(counted.score(calculator, due).get(0).overdue()).isZero();
        assertThat(counted.score(calculator, due.plusDays(1)).get(0).overdue()).isEqualTo(2);
        assertThat(counted.score(calculator, LocalDate.of(YEAR, 5, 1)).get(0).overdue())
                .isEqualTo(3);
        assertThat(counted.score(calculator, LocalDate.MAX).get(0).overdue()).isEqualTo(3);
    }

    @Test
    void shouldCountAReportMadeAtMidnightStartingAPeriodInThatPeriod() {
        LocalDate april = LocalDate.of(YEAR, 4, 1);
        Instant startOfApril = april.atStartOfDay(ZONE).toInstant();
        PeriodicReports reports = new PeriodicReports(ReportingPolicy.DEFAULT);
        ScorecardCalculator calculator = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT);
        YearWork counted = new YearWork.Builder(YEAR)
                .count(new WorkCounts("u-1", "328800", "单位", 2, 0, 0, 0, 0, 0), null)
                .periodic(reports.work(quarterly("q2", april), List.of(startOfApril)))
                .periodic(reports.work(quarterly("q1", april.minusMonths(3)), List.of(startOfApril.minusMillis(1))))
                .build();

        Scorecard card = counted.score(calculator, LocalDate.of(YEAR, 7, 1)).get(0);

        assertThat(card.reportsDue()).isEqualTo(3);
        assertThat(card.reportsOnTime()).isEqualTo(2);
    }

    @Test
    void shouldKeepEachUnitsRegionsSupportingWorkToo() {
        YearWork counted = counted(work);

        Map<String, Set<String>> regions = work.stream()
                .filter(w -> !w.cancelled())
                .collect(Collectors.groupingBy(
                        w -> w.assignment().unitId(),
                        Collectors.mapping(w -> w.assignment().regionCode(), Collectors.toSet())));
        assertThat(counted.regions()).isEqualTo(regions);
    }

    /** The old way: each live assignment added to its unit's tally as of the day, units in id order. */
    private List<Scorecard> scoredOneByOne(ScorecardCalculator calculator, LocalDate day) {
        Map<String, List<AssignmentFacts>> byUnit = new TreeMap<>();
        List<ReportFacts> reports = new ArrayList<>();
        List<ReminderFacts> reminders = new ArrayList<>();
        for (Work each : work) {
            if (each.cancelled()) {
                continue; // left out by the caller, as the read model's statement leaves cancelled work out
            }
            byUnit.computeIfAbsent(each.assignment().unitId(), unit -> new ArrayList<>())
                    .add(each.assignment());
            reports.addAll(each.reports());
            reminders.addAll(each.reminders());
        }
        return calculator.scoreUnits(YEAR, byUnit, reports, reminders, day).stream()
                .sorted(ScorecardCalculator.bestFirst())
                .toList();
    }

    /**
     * The new way, fed as the read model's statements feed it (ScorecardReads): counts per unit, region and due date of
     * open fixed work, by the calculator's own rules, and the live assessed periodic work's facts.
     */
    private static YearWork counted(List<Work> work) {
        ScorecardCalculator rules = new ScorecardCalculator(ScoreWeights.DEFAULT, ReportingPolicy.DEFAULT);
        PeriodicReports periodic = new PeriodicReports(ReportingPolicy.DEFAULT);
        YearWork.Builder builder = new YearWork.Builder(YEAR);
        for (Work each : work) {
            if (each.cancelled()) {
                continue;
            }
            AssignmentFacts a = each.assignment();
            int urgings = (int) each.reminders().stream()
                    .filter(r -> ScorecardCalculator.isUrging(r.kind()))
                    .count();
            AssessedWork assessed = new AssessedWork(
                    a,
                    each.reports().stream().map(ReportFacts::countedAt).toList(),
                    each.reminders().size(),
                    urgings);
            // The counts no day changes: as of a day before anything is due or reported.
            UnitTally alone = new UnitTally();
            rules.add(alone, assessed, LocalDate.MIN);
            boolean assessedRole = a.role() != UnitRole.SUPPORTING;
            LocalDate openDue = assessedRole && TaskCompletion.isOverdue(a, LocalDate.MAX)
                    ? TaskCompletion.fixedDueDate(a.deadline())
                    : null;
            builder.count(
                    new WorkCounts(
                            a.unitId(),
                            a.regionCode(),
                            alone.unitName,
                            alone.assignments,
                            alone.completedOnTime,
                            alone.completedLate,
                            openDue == null ? 0 : 1,
                            alone.reminders,
                            alone.urgings),
                    openDue);
            if (assessedRole && TaskCompletion.isPeriodic(a.deadline())) {
                builder.periodic(periodic.work(a, assessed.reportTimes()));
            }
        }
        return builder.build();
    }

    /** Each due date, the days either side of it, the year's edges and days well outside it. */
    private List<LocalDate> days() {
        TreeSet<LocalDate> days = new TreeSet<>();
        work.stream()
                .map(w -> TaskCompletion.fixedDueDate(w.assignment().deadline()))
                .filter(due -> due != null)
                .forEach(due -> {
                    days.add(due.minusDays(1));
                    days.add(due);
                    days.add(due.plusDays(1));
                });
        days.addAll(List.of(
                LocalDate.of(YEAR - 1, 6, 30),
                LocalDate.of(YEAR - 1, 12, 31),
                LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 12, 31),
                LocalDate.of(YEAR + 1, 1, 1),
                LocalDate.of(YEAR + 1, 1, 5),
                LocalDate.of(YEAR + 2, 3, 1)));
        return List.copyOf(days);
    }

    private List<Work> generated(int units, int assignments) {
        List<Work> generated = new ArrayList<>();
        for (int n = 0; n < assignments; n++) {
            int unit = random.nextInt(units);
            String unitId = "u-%03d".formatted(unit);
            // A renamed unit's work carries either name; its regions are one to three of a city's.
            String name = unit % 7 == 0 && random.nextBoolean() ? "单位" + unit + "（更名）" : "单位" + unit;
            String region = "3288" + "%02d".formatted((unit + random.nextInt(1 + unit % 3)) % 20);
            generated.add(work("a" + n, unitId, name, region));
        }
        return generated;
    }

    private Work work(String id, String unitId, String name, String region) {
        UnitRole role = pick(UnitRole.LEAD, UnitRole.LEAD, UnitRole.RESPONSIBLE, UnitRole.SUPPORTING, null);
        AssignmentStatus status = pick(AssignmentStatus.values());
        Deadline deadline = deadline();
        LocalDate due = TaskCompletion.fixedDueDate(deadline);
        LocalDate around = due != null ? due : LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28));
        Instant completedAt = random.nextInt(10) == 0 ? null : around(around);
        if (status != AssignmentStatus.COMPLETED && random.nextInt(4) != 0) {
            completedAt = null;
        }
        Instant assignedAt = random.nextInt(8) == 0 ? null : around(LocalDate.of(YEAR, 1 + random.nextInt(12), 1));
        AssignmentFacts a =
                new AssignmentFacts(id, unitId, name, region, role, status, deadline, assignedAt, completedAt, null);
        List<ReportFacts> reports = new ArrayList<>();
        for (int r = random.nextInt(7); r > 0; r--) {
            Instant at = around(LocalDate.of(YEAR, 1 + random.nextInt(12), 1));
            // Receipt decides; older reports without one count by their own time.
            boolean received = random.nextBoolean();
            reports.add(new ReportFacts(id + "-r" + r, id, status, null, List.of(), at, received ? at : null));
        }
        List<ReminderFacts> reminders = new ArrayList<>();
        for (int r = random.nextInt(4); r > 0; r--) {
            reminders.add(new ReminderFacts(id + "-m" + r, id, unitId, pick(ReminderKind.values()), r, null));
        }
        return new Work(a, reports, reminders, random.nextInt(10) == 0);
    }

    private Deadline deadline() {
        return switch (random.nextInt(10)) {
            case 0 -> null;
            case 1 -> new Deadline("持续推进", DeadlineKind.ONGOING, null, pick(Cadence.MONTHLY, null));
            case 2, 3 -> new Deadline("定期", DeadlineKind.PERIODIC, null, pick(Cadence.values()));
            case 4 -> new Deadline("年内", DeadlineKind.FIXED, null, null);
            case 5 -> new Deadline("某日", DeadlineKind.FIXED, pick(ODD_DAYS), null);
            default ->
                new Deadline(
                        "月底前",
                        DeadlineKind.FIXED,
                        LocalDate.of(YEAR, 1 + random.nextInt(12), 1)
                                .plusMonths(1)
                                .minusDays(1),
                        null);
        };
    }

    /** An instant on the edges of the day in the reporting zone (a moment after its start, before its end), or inside it. */
    private Instant around(LocalDate day) {
        LocalDate shifted = day.plusDays(random.nextInt(5) - 2);
        return switch (random.nextInt(4)) {
            case 0 -> shifted.atStartOfDay(ZONE).toInstant();
            case 1 -> shifted.plusDays(1).atStartOfDay(ZONE).toInstant().minusMillis(1);
            default ->
                shifted.atTime(LocalTime.of(random.nextInt(24), random.nextInt(60)))
                        .atZone(ZONE)
                        .toInstant();
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static Work fixed(String id, LocalDate due, AssignmentStatus status, Instant completedAt) {
        return new Work(
                new AssignmentFacts(
                        id,
                        "u-1",
                        "单位",
                        "328800",
                        UnitRole.LEAD,
                        status,
                        new Deadline("月底前", DeadlineKind.FIXED, due, null),
                        null,
                        completedAt,
                        null),
                List.of(),
                List.of(),
                false);
    }

    /** Quarterly work of unit u-1 assigned on the day given. */
    private static AssignmentFacts quarterly(String id, LocalDate assigned) {
        return new AssignmentFacts(
                id,
                "u-1",
                "单位",
                "328800",
                UnitRole.LEAD,
                AssignmentStatus.ONGOING,
                new Deadline("每季度", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY),
                assigned.atStartOfDay(ZONE).toInstant(),
                null,
                null);
    }

    private record Work(
            AssignmentFacts assignment, List<ReportFacts> reports, List<ReminderFacts> reminders, boolean cancelled) {}
}
