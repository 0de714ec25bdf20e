package org.taizhang.plan.parse;

/** What a cell's content looks like, judged from the content alone. */
enum CellKind {
    EMPTY,
    NUMBER,
    SECTION,
    NUMBERED_TEXT,
    TEXT,
    UNITS,
    DEADLINE,
    STATUS;

    /** How well this content fits a column role; below zero means it does not belong there. */
    double fit(ColumnRole role) {
        if (this == EMPTY || role == ColumnRole.IGNORE) {
            return 0;
        }
        return switch (this) {
            case NUMBER -> role == ColumnRole.NUMBER ? 4 : -3;
            case SECTION -> role == ColumnRole.SECTION ? 4 : role == ColumnRole.TITLE ? 1 : role.isText() ? 0 : -3;
            case NUMBERED_TEXT -> role == ColumnRole.TITLE ? 3 : role == ColumnRole.REQUIREMENT ? 2 : -3;
            case TEXT -> textFit(role);
            case UNITS -> unitsFit(role);
            case DEADLINE -> role == ColumnRole.DEADLINE ? 4 : role == ColumnRole.STATUS ? 1 : role.isText() ? 0 : -3;
            case STATUS -> role == ColumnRole.STATUS ? 4 : -3;
            default -> 0;
        };
    }

    private static double textFit(ColumnRole role) {
        return switch (role) {
            case TITLE -> 2;
            case REQUIREMENT -> 2.5;
            case STATUS -> 0.5;
            case DEADLINE, LEAD, RESPONSIBLE, SUPPORTING -> -1;
            default -> -3;
        };
    }

    private static double unitsFit(ColumnRole role) {
        // one units cell in a row with both unit columns is far more often the responsible one
        return switch (role) {
            case RESPONSIBLE -> 3.2;
            case LEAD -> 3;
            case SUPPORTING -> 2.8;
            case TITLE, REQUIREMENT -> -2;
            default -> -3;
        };
    }
}
