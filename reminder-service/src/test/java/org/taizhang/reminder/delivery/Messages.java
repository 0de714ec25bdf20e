package org.taizhang.reminder.delivery;

import java.time.Instant;
import java.time.LocalDate;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.policy.EscalationTarget;

/** Reminder messages for the channel formatters' tests. */
final class Messages {

    private Messages() {}

    static ReminderMessage beforeDue(String title, String unitName, String note) {
        return new ReminderMessage(
                "d-1",
                "r-1",
                "a-1",
                "p-1",
                "t-1",
                "7",
                title,
                "u-1",
                unitName,
                ReminderKind.BEFORE_DUE,
                LocalDate.of(2026, 3, 31),
                5,
                EscalationTarget.UNIT,
                "u-1",
                LocalDate.of(2026, 3, 24),
                Instant.parse("2026-03-24T01:00:00Z"),
                true,
                false,
                note);
    }
}
