package org.taizhang.plan.parse;

/** A ruling: its position across ({@code at}: y of a horizontal line, x of a vertical one) and its extent along. */
record PdfSegment(double at, double from, double to) {

    /** Whether this ruling passes {@code along}, allowing {@code slack} for borders that stop short of a corner. */
    boolean covers(double along, double slack) {
        return from - slack <= along && along <= to + slack;
    }
}
