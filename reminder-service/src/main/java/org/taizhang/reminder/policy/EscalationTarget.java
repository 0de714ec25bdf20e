package org.taizhang.reminder.policy;

/** Who an overdue reminder (催办) goes to as it escalates: the unit, then the task's lead unit, then the office. */
public enum EscalationTarget {
    UNIT,
    LEAD_UNIT,
    OFFICE
}
