package org.taizhang.assignment.service;

/** How the assignment list is ordered: by plan and task number, or by due date first (the unit's own list). */
public enum AssignmentOrder {
    PLAN(" order by a.planId, a.taskNumber, a.unitName, a.id"),
    // Open-ended (ONGOING, RECURRING) and unreadable deadlines have no date: they come after every dated one.
    DUE(" order by a.deadline.dueDate asc nulls last, a.planId, a.taskNumber, a.unitName, a.id");

    private final String orderBy;

    AssignmentOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
