package org.taizhang.assignment.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitRole;

/** A small ledger of a city bureau: one overdue task, one ongoing duty, one completed task. */
final class LedgerFixtures {

    static final String UNIT_NAME = "市发展和改革委员会";
    static final int YEAR = 2026;
    static final Instant GENERATED = Instant.parse("2026-06-25T02:00:00Z");
    static final UUID OVERDUE_ID = UUID.fromString("6f1c2a4e-8d7b-4a35-9c61-2f0e5b7d9a10");

    private LedgerFixtures() {}

    static List<LedgerRow> rows() {
        return List.of(
                new LedgerRow(
                        OVERDUE_ID,
                        "plan-2026",
                        "2026年政务公开工作要点",
                        "3",
                        "公开重大项目审批信息",
                        "按时公开审批结果",
                        UnitRole.LEAD,
                        new Deadline("5月底前", DeadlineKind.FIXED, LocalDate.of(2026, 5, 31), null),
                        AssignmentStatus.IN_PROGRESS,
                        60,
                        true,
                        Light.RED,
                        Instant.parse("2026-05-20T02:30:00Z"),
                        "已完成初稿"),
                new LedgerRow(
                        UUID.fromString("0b9e3d58-1a2c-4f7e-8b6d-5c4a3e2f1d00"),
                        "plan-2026",
                        "2026年政务公开工作要点",
                        "12",
                        "做好政策解读",
                        "每季度报送解读情况",
                        UnitRole.SUPPORTING,
                        new Deadline("每季度", DeadlineKind.PERIODIC, null, Cadence.QUARTERLY),
                        AssignmentStatus.ONGOING,
                        null,
                        false,
                        Light.YELLOW,
                        null,
                        null),
                new LedgerRow(
                        UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                        "plan-2026",
                        "2026年政务公开工作要点",
                        "15",
                        "更新政府信息公开指南",
                        "6月底前完成更新",
                        UnitRole.RESPONSIBLE,
                        new Deadline("6月底前", DeadlineKind.FIXED, LocalDate.of(2026, 6, 30), null),
                        AssignmentStatus.COMPLETED,
                        100,
                        false,
                        Light.GREEN,
                        Instant.parse("2026-06-10T08:00:00Z"),
                        "指南已更新并上网"));
    }

    static Ledger ledger() {
        return Ledger.of("city-drc", UNIT_NAME, YEAR, GENERATED, rows());
    }
}
