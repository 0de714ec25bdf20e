package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.policy.EscalationTarget;

class ReminderMessageTest {

    @Test
    void shouldSayTheOfficeUrgedByHandAndCarryItsNote() {
        ReminderMessage urged = overdue(true, "请于本周内报送。");

        assertThat(urged.subject("【台账提醒】")).isEqualTo("【台账提醒】第7项任务「做好政策解读发布工作」已逾期，政务公开办催办");
        assertThat(urged.text()).contains("催办说明：请于本周内报送。\n").contains("提醒对象：责任单位");
    }

    @Test
    void shouldCountTheScheduledOverdueRemindersWithoutANote() {
        ReminderMessage scheduled = overdue(false, null);

        assertThat(scheduled.subject("")).endsWith("已逾期，第2次催办");
        assertThat(scheduled.text()).doesNotContain("催办说明");
    }

    private static ReminderMessage overdue(boolean urged, String note) {
        return new ReminderMessage(
                "d-1",
                "r-1",
                "a-1",
                "p-1",
                "t-1",
                "7",
                "做好政策解读发布工作",
                "u-1",
                "某单位",
                ReminderKind.OVERDUE,
                LocalDate.of(2026, 3, 31),
                2,
                EscalationTarget.UNIT,
                "u-1",
                LocalDate.of(2026, 4, 8),
                Instant.parse("2026-04-08T06:00:00Z"),
                true,
                urged,
                note);
    }
}
