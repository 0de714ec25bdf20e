package org.taizhang.plan.parse;

/** What a table column holds. */
enum ColumnRole {
    NUMBER,
    SECTION,
    TITLE,
    REQUIREMENT,
    LEAD,
    RESPONSIBLE,
    SUPPORTING,
    DEADLINE,
    STATUS,
    IGNORE;

    boolean isText() {
        return this == TITLE || this == REQUIREMENT;
    }

    boolean isUnits() {
        return this == LEAD || this == RESPONSIBLE || this == SUPPORTING;
    }
}
