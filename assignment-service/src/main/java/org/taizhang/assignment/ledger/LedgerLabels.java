package org.taizhang.assignment.ledger;

import org.taizhang.assignment.planning.Light;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;

/** The Chinese words an office's ledger uses for roles, statuses and lights. */
public final class LedgerLabels {

    private LedgerLabels() {}

    public static String role(UnitRole role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case LEAD -> "牵头";
            case RESPONSIBLE -> "责任";
            case SUPPORTING -> "配合";
        };
    }

    public static String status(AssignmentStatus status, boolean overdue) {
        if (overdue) {
            return "逾期";
        }
        return switch (status) {
            case NOT_STARTED -> "未启动";
            case IN_PROGRESS -> "推进中";
            case COMPLETED -> "已完成";
            case ONGOING -> "持续推进";
        };
    }

    public static String light(Light light) {
        return switch (light) {
            case GREEN -> "绿";
            case YELLOW -> "黄";
            case RED -> "红";
        };
    }
}
