package org.taizhang.assignment.directory;

import java.util.Optional;
import org.taizhang.platform.region.RegionCodes;

/** The directory's levels read from region codes: which level a code denotes, and the region enclosing it at one. */
public final class RegionLevels {

    private RegionLevels() {}

    /** The level a code denotes, if it is a valid code. */
    public static Optional<UnitLevel> levelOf(String code) {
        int length = RegionCodes.significant(code).length();
        for (UnitLevel level : UnitLevel.values()) {
            if (level.codeLength() == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The enclosing region at a coarser (or the same) level, in significant digits: ({@code 341821}, CITY) → 3418. */
    public static Optional<String> truncate(String code, UnitLevel level) {
        String digits = RegionCodes.significant(code);
        if (level == null || digits.length() < level.codeLength()) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, level.codeLength()));
    }
}
