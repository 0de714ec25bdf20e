package org.taizhang.assignment.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

class LightRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LightRules RULES = new LightRules(5, new ReportSchedule(Cadence.QUARTERLY, 10), SHANGHAI);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    private static final Instant CREATED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Deadline QUARTERLY = new Deadline("每季度报送", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY);
    private static final Deadline ONGOING = new Deadline("持续推进", DeadlineKind.ONGOING, null, null);

    @Test
    void shouldBeYellowWhenTheReportOfTheOwedQuarterIsMissing() {
        assertThat(RULES.reportLate(AssignmentStatus.ONGOING, QUARTERLY, CREATED, null, TODAY))
                .isTrue();
        assertThat(RULES.light(AssignmentStatus.ONGOING, QUARTERLY, CREATED, null, TODAY))
                .isEqualTo(Light.YELLOW);
        assertThat(RULES.light(AssignmentStatus.IN_PROGRESS, ONGOING, CREATED, null, TODAY))
                .isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldBeGreenOnceTheOwedQuarterWasReported() {
        Instant march = Instant.parse("2026-03-20T06:00:00Z");
        Instant grace = Instant.parse("2026-04-03T06:00:00Z");

        assertThat(RULES.light(AssignmentStatus.ONGOING, QUARTERLY, CREATED, march, TODAY))
                .isEqualTo(Light.GREEN);
        assertThat(RULES.light(AssignmentStatus.ONGOING, QUARTERLY, CREATED, grace, TODAY))
                .isEqualTo(Light.GREEN);
    }

    @Test
    void shouldBeGreenWhenCompletedEvenWithoutAnyReport() {
        assertThat(RULES.reportLate(AssignmentStatus.COMPLETED, QUARTERLY, CREATED, null, TODAY))
                .isFalse();
        assertThat(RULES.light(AssignmentStatus.COMPLETED, QUARTERLY, CREATED, null, TODAY))
                .isEqualTo(Light.GREEN);
    }

    @Test
    void shouldBeRedWhenAFixedDueDatePassedAndNeverYellowForReports() {
        Deadline marchEnd = new Deadline("3月底前", DeadlineKind.FIXED, LocalDate.of(2026, 3, 31), null);
        Deadline decemberEnd = new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null);

        assertThat(RULES.light(AssignmentStatus.IN_PROGRESS, marchEnd, CREATED, null, TODAY))
                .isEqualTo(Light.RED);
        assertThat(RULES.reportLate(AssignmentStatus.IN_PROGRESS, decemberEnd, CREATED, null, TODAY))
                .isFalse();
        assertThat(RULES.light(AssignmentStatus.IN_PROGRESS, decemberEnd, CREATED, null, TODAY))
                .isEqualTo(Light.GREEN);
    }

    @Test
    void shouldWarnBeforeAFixedDueDate() {
        Deadline soon = new Deadline("4月24日前", DeadlineKind.FIXED, LocalDate.of(2026, 4, 24), null);

        assertThat(RULES.light(AssignmentStatus.NOT_STARTED, soon, CREATED, null, TODAY))
                .isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldNotHoldAnAssignmentCreatedAfterTheQuarterLate() {
        Instant createdInApril = Instant.parse("2026-04-02T01:00:00Z");

        assertThat(RULES.light(AssignmentStatus.NOT_STARTED, QUARTERLY, createdInApril, null, TODAY))
                .isEqualTo(Light.GREEN);
    }

    @Test
    void shouldReadCreationAndReportDaysInTheOfficeZone() {
        LightRules utc = new LightRules(5, new ReportSchedule(Cadence.QUARTERLY, 10), ZoneOffset.UTC);
        Instant lateEveningUtc = Instant.parse("2026-03-31T17:00:00Z"); // 1 April, 01:00 in Shanghai

        assertThat(RULES.reportLate(AssignmentStatus.ONGOING, QUARTERLY, lateEveningUtc, null, TODAY))
                .isFalse();
        assertThat(utc.reportLate(AssignmentStatus.ONGOING, QUARTERLY, lateEveningUtc, null, TODAY))
                .isTrue();

        LocalDate july = LocalDate.of(2026, 7, 20);
        assertThat(RULES.reportLate(AssignmentStatus.ONGOING, QUARTERLY, CREATED, lateEveningUtc, july))
                .isFalse();
        assertThat(utc.reportLate(AssignmentStatus.ONGOING, QUARTERLY, CREATED, lateEveningUtc, july))
                .isTrue();
    }

    @Test
    void shouldTakeTodayInTheOfficeZone() {
        LocalDate before = LocalDate.now(SHANGHAI);
        LocalDate today = RULES.today();
        LocalDate after = LocalDate.now(SHANGHAI);

        assertThat(today).isBetween(before, after);
    }
}
