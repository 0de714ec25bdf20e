package org.taizhang.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.taizhang.events.assignment.AssignmentCancelled;
import org.taizhang.events.assignment.AssignmentCreated;
import org.taizhang.events.assignment.AssignmentDeadlineChanged;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.assignment.AssignmentStatusChanged;
import org.taizhang.events.assignment.AssignmentsCreated;
import org.taizhang.events.assignment.ProgressReported;
import org.taizhang.events.plan.AmendmentKind;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.PlanClosed;
import org.taizhang.events.plan.PlanPublished;
import org.taizhang.events.plan.TaskAmended;
import org.taizhang.events.plan.TaskSnapshot;
import org.taizhang.events.plan.TaskWithdrawn;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.events.reminder.ReminderDelivered;
import org.taizhang.events.reminder.ReminderDeliveryFailed;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.events.reminder.ReminderKind;

/** One filled-in instance of every event, in the order of {@link EventType}. */
final class SampleEvents {

    static final Instant AT = Instant.parse("2026-03-31T08:30:00Z");
    static final Deadline YEAR_END = new Deadline("年底前", DeadlineKind.FIXED, LocalDate.of(2026, 12, 31), null);
    static final Deadline QUARTERLY = new Deadline("按季度", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY);
    static final TaskSnapshot TASK = new TaskSnapshot(
            "t-12",
            "12",
            List.of("二、紧扣宏观政策落地见效深化政务公开", "(一) 持续加强重大政策发布解读"),
            "做好政策解读发布工作",
            "及时发布权威信息，开展深入解读。",
            YEAR_END,
            List.of(
                    new UnitMention("市发改委牵头", "市发改委", UnitRole.LEAD, false, false),
                    new UnitMention("各县（市、区）政府", "各县（市、区）政府", UnitRole.RESPONSIBLE, true, false),
                    new UnitMention("市有关单位", "市有关单位", UnitRole.RESPONSIBLE, true, true)),
            null);

    private SampleEvents() {}

    static List<DomainEvent> all() {
        return List.of(
                new PlanPublished(
                        "p-1", "2026年政务公开重点工作任务分工", 2026, "3407", "铜陵市", "CITY", null, List.of(TASK), "office-1", AT),
                new TaskAmended("p-1", AmendmentKind.CHANGED, TASK, "时限调整", "office-1", AT),
                new TaskWithdrawn("p-1", "t-12", "任务取消", "office-1", AT),
                new PlanClosed("p-1", "office-1", AT),
                new AssignmentCreated(
                        "a-1",
                        "p-1",
                        "t-12",
                        "12",
                        "做好政策解读发布工作",
                        "u-fgw",
                        "市发展和改革委员会",
                        "340700",
                        UnitRole.LEAD,
                        YEAR_END,
                        AssignmentStatus.NOT_STARTED,
                        AT),
                new AssignmentCancelled("a-1", "p-1", "t-12", "u-fgw", "task withdrawn", AT),
                new AssignmentDeadlineChanged("a-1", "p-1", "t-12", "u-fgw", YEAR_END, QUARTERLY, AT),
                new ProgressReported(
                        "r-1",
                        "a-1",
                        "p-1",
                        "t-12",
                        "u-fgw",
                        AssignmentStatus.COMPLETED,
                        "已在门户网站专栏发布",
                        List.of("https://www.example.gov.cn/zwgk/123.html"),
                        "unit-user-1",
                        "INTEGRATION",
                        "batch-7#3",
                        AT,
                        AT.plusSeconds(2),
                        List.of("6f1c2a4e-8d7b-4a35-9c61-2f0e5b7d9a10")),
                new AssignmentStatusChanged(
                        "a-1",
                        "p-1",
                        "t-12",
                        "u-fgw",
                        AssignmentStatus.IN_PROGRESS,
                        AssignmentStatus.COMPLETED,
                        "unit-user-1",
                        AT),
                new ReminderIssued(
                        "m-1",
                        "a-1",
                        "p-1",
                        "t-12",
                        "u-fgw",
                        ReminderKind.OVERDUE,
                        LocalDate.of(2026, 12, 31),
                        1,
                        "u-lead",
                        AT),
                new ReminderDelivered("m-1", "d-1", "a-1", "WEBHOOK", "https://county.example/hook", 2, AT),
                new ReminderDeliveryFailed(
                        "m-1", "d-2", "a-1", "EMAIL", "office@example.gov.cn", 6, "550 mailbox unavailable", AT),
                new AssignmentsCreated(
                        "p-1",
                        "t-12",
                        "12",
                        "做好政策解读发布工作",
                        YEAR_END,
                        AT,
                        List.of(
                                new AssignmentsCreated.NewAssignment(
                                        "a-2",
                                        "u-sfj",
                                        "市司法局",
                                        "340700",
                                        UnitRole.RESPONSIBLE,
                                        AssignmentStatus.NOT_STARTED),
                                new AssignmentsCreated.NewAssignment(
                                        "a-3", "u-tgq", "铜官区人民政府", "340705", UnitRole.RESPONSIBLE, null))));
    }
}
