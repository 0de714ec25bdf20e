package org.taizhang.assignment.directory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The administrative level a unit belongs to, coarsest first; matches the length of its region code. */
@Schema(
        description = "The administrative level a unit belongs to, by the significant"
                + " digits of its region code: PROVINCE 2, CITY 4, COUNTY 6, TOWN 9")
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
