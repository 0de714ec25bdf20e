package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.taizhang.reminder.ReminderFixture.beijing;
import static org.taizhang.reminder.ReminderFixture.inTx;
import static org.taizhang.reminder.ReminderFixture.issuedEvents;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.policy.ReminderPolicy;
import org.taizhang.reminder.service.PolicyService;
import org.taizhang.reminder.service.ReminderTick;

/**
 * The tick over several batches (five assignments each under test) and the reschedule over several pages (five
 * each): policies, lead units and subscriptions looked up per batch still reach the right assignment.
 */
@QuarkusTest
class BulkTickTest {

    private static final String REGION = "337101";
    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    private static final String SECRET = "bulk-tick-secret-0123456789abc";

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Inject
    PolicyService policies;

    @Test
    void shouldRescheduleEveryAssignmentOfAPlanAcrossPagesAndLeaveOtherPlansAlone() {
        String unit = ReminderFixture.unique("u-3371");
        List<String> overridden = track(12, UUID.randomUUID().toString(), unit);
        List<String> untouched = track(3, UUID.randomUUID().toString(), unit);

        policies.putPlan(
                planOf(overridden.get(0)),
                ReminderPolicy.defaults().withBeforeDays(List.of(10)),
                "test",
                Instant.now());

        assertThat(overridden)
                .as("10 working days before 6/30, over the 端午节 holiday")
                .allSatisfy(id -> assertThat(fixture.tracked(id).nextFireAt).isEqualTo(beijing(2026, 6, 15, 9, 0)));
        assertThat(untouched)
                .as("5 working days before 6/30")
                .allSatisfy(id -> assertThat(fixture.tracked(id).nextFireAt).isEqualTo(beijing(2026, 6, 23, 9, 0)));
    }

    @Test
    void shouldIssueEachPlansRemindersUnderItsOwnPolicyToEverySubscriptionOfTheRecipient() {
        String unit = ReminderFixture.unique("u-3371");
        UUID byUnit = fixture.emailForUnit(unit, "bulk@example.gov.cn");
        UUID byRegion = fixture.webhookForRegion("337100", "https://hooks.example.gov.cn/taizhang", SECRET);
        List<String> early = track(7, UUID.randomUUID().toString(), unit);
        List<String> usual = track(6, UUID.randomUUID().toString(), unit);
        policies.putPlan(
                planOf(early.get(0)), ReminderPolicy.defaults().withBeforeDays(List.of(10)), "test", Instant.now());

        tick.tick(beijing(2026, 6, 16, 10, 0));
        tick.tick(beijing(2026, 6, 23, 10, 0));

        assertThat(early)
                .allSatisfy(id -> assertThat(fixture.reminders(id))
                        .extracting(r -> r.kind, r -> r.step, r -> r.recipientUnitId)
                        .containsExactly(tuple(ReminderKind.BEFORE_DUE, 10, unit)));
        assertThat(usual)
                .allSatisfy(id -> assertThat(fixture.reminders(id))
                        .extracting(r -> r.kind, r -> r.step, r -> r.recipientUnitId)
                        .containsExactly(tuple(ReminderKind.BEFORE_DUE, 5, unit)));
        List<UUID> reminders = new ArrayList<>();
        early.forEach(id -> fixture.reminders(id).forEach(r -> reminders.add(r.id)));
        usual.forEach(id -> fixture.reminders(id).forEach(r -> reminders.add(r.id)));
        assertThat(fixture.deliveriesTo(byUnit))
                .extracting(d -> d.reminderId)
                .containsExactlyInAnyOrderElementsOf(reminders);
        assertThat(fixture.deliveriesTo(byRegion))
                .extracting(d -> d.reminderId)
                .containsExactlyInAnyOrderElementsOf(reminders);
    }

    @Test
    void shouldIssueNothingTwiceWhenATickReplaysAssignmentsItHandledBefore() {
        String unit = ReminderFixture.unique("u-3371");
        UUID subscription = fixture.emailForUnit(unit, "replay@example.gov.cn");
        List<String> ids = track(8, UUID.randomUUID().toString(), unit);
        Instant now = beijing(2026, 6, 23, 10, 0);
        tick.tick(now);

        // As if the schedule had been lost: every assignment is due again and was never handled.
        inTx(() -> TrackedAssignment.update(
                "handledThrough = null, nextFireAt = ?1 where assignmentId in ?2", now.minusSeconds(60), ids));
        tick.tick(now);

        assertThat(ids).allSatisfy(id -> assertThat(fixture.reminders(id)).hasSize(1));
        assertThat(fixture.deliveriesTo(subscription)).hasSize(ids.size());
        assertThat(issuedEvents(ids)).isEqualTo(ids.size());
        assertThat(ids)
                .allSatisfy(id -> assertThat(fixture.tracked(id).nextFireAt)
                        .as("moved on to 1 working day before 6/30")
                        .isEqualTo(beijing(2026, 6, 29, 9, 0)));
    }

    private List<String> track(int count, String planId, String unit) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(fixture.track(NewAssignment.fixed(REGION, unit, DUE, beijing(2026, 3, 2, 9, 0))
                    .inPlan(planId)));
        }
        return ids;
    }

    private String planOf(String assignmentId) {
        return fixture.tracked(assignmentId).planId;
    }
}
