package org.taizhang.assignment.directory;

/** The administrative level a unit belongs to, coarsest first; matches the length of its region code. */
public enum UnitLevel {
    PROVINCE(2),
    CITY(4),
    COUNTY(6),
    TOWN(9);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Number of significant digits of a region code at this level. */
    public int codeLength() {
        return codeLength;
    }
}
