package org.taizhang.reminder.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.Cadence;

class ReminderPolicyTest {

    private final ReminderPolicy defaults = ReminderPolicy.defaults();

    @Test
    void shouldHaveValidDefaultsFromTheIssue() {
        assertThat(defaults.validate()).isEmpty();
        assertThat(defaults.beforeDays()).containsExactly(5, 1);
        assertThat(defaults.onDueDay()).isTrue();
        assertThat(defaults.overdueEveryDays()).isEqualTo(3);
        assertThat(defaults.defaultCadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(defaults.periodicGraceDays()).isEqualTo(10);
        assertThat(defaults.localHour()).isEqualTo(9);
        assertThat(defaults.zone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void shouldEscalateFromUnitToLeadUnitToOffice() {
        assertThat(List.of(1, 2, 3, 4, 5, 9).stream().map(defaults::escalationFor))
                .containsExactly(
                        EscalationTarget.UNIT,
                        EscalationTarget.UNIT,
                        EscalationTarget.LEAD_UNIT,
                        EscalationTarget.LEAD_UNIT,
                        EscalationTarget.OFFICE,
                        EscalationTarget.OFFICE);
    }

    @Test
    void shouldSkipTheLeadUnitWhenBothThresholdsAreEqual() {
        ReminderPolicy straightToOffice = defaults.withOverdue(3, 2, 2);

        assertThat(straightToOffice.escalationFor(2)).isEqualTo(EscalationTarget.UNIT);
        assertThat(straightToOffice.escalationFor(3)).isEqualTo(EscalationTarget.OFFICE);
    }

    @Test
    void shouldFireAtTheLocalHourInShanghai() {
        assertThat(defaults.fireAt(LocalDate.of(2026, 2, 28))).isEqualTo(Instant.parse("2026-02-28T01:00:00Z"));
    }

    @Test
    void shouldListEveryViolation() {
        ReminderPolicy policy = new ReminderPolicy(Arrays.asList(5, 5, 0, null), true, 0, 4, 2, null, 0, 24, null);

        assertThat(policy.validate())
                .extracting(PolicyViolation::field)
                .containsExactly(
                        "beforeDays",
                        "beforeDays",
                        "beforeDays",
                        "overdueEveryDays",
                        "officeAfter",
                        "defaultCadence",
                        "periodicGraceDays",
                        "localHour",
                        "zone");
        assertThat(policy.validate().get(0).message()).isEqualTo("5 is listed twice");
    }

    @Test
    void shouldAcceptNoEarlyRemindersButRequireTheList() {
        assertThat(defaults.withBeforeDays(List.of()).validate()).isEmpty();
        assertThat(defaults.withBeforeDays(null).validate())
                .singleElement()
                .extracting(PolicyViolation::field)
                .isEqualTo("beforeDays");
    }

    @Test
    void shouldRequireAtLeastOneGraceDaySoTheLateNoticeFollowsTheDueOne() {
        assertThat(defaults.withPeriodic(Cadence.MONTHLY, 20).validate()).isEmpty();
        assertThat(defaults.withPeriodic(Cadence.MONTHLY, 0).validate())
                .extracting(PolicyViolation::message)
                .containsExactly("must be 1..60, not 0");
    }
}
