package org.taizhang.assignment.directory;

import java.util.Optional;

/**
 * Administrative division codes (行政区划代码): province 2 digits, city 4, county 6, town 9.
 *
 * <p>Codes are usually written padded to six digits ({@code 341800} is the city {@code 3418}, {@code 341000} the city
 * {@code 3410}) and town codes to nine or twelve; trailing zero groups are padding, so every helper first reduces a code
 * to its significant digits, and containment is then a prefix test.
 */
public final class RegionCodes {

    private RegionCodes() {}

    /** The significant digits of a code ({@code 341800} → {@code 3418}); empty when the code is not a valid code. */
    public static String significant(String code) {
        if (code == null) {
            return "";
        }
        String digits = code.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "";
        }
        if (digits.length() == 12) {
            digits = digits.endsWith("000") ? digits.substring(0, 9) : digits;
        }
        if (digits.length() == 9 && digits.endsWith("000")) {
            digits = digits.substring(0, 6);
        }
        if (digits.length() == 6 && digits.endsWith("00")) {
            digits = digits.substring(0, 4);
        }
        if (digits.length() == 4 && digits.endsWith("00")) {
            digits = digits.substring(0, 2);
        }
        return levelForLength(digits.length()).isPresent() ? digits : "";
    }

    public static boolean isValid(String code) {
        return !significant(code).isEmpty();
    }

    /** The level a code denotes, if it is a valid code. */
    public static Optional<UnitLevel> levelOf(String code) {
        return levelForLength(significant(code).length());
    }

    /** Whether {@code inner} lies within {@code outer}; a region contains itself, invalid codes contain nothing. */
    public static boolean contains(String outer, String inner) {
        String out = significant(outer);
        String in = significant(inner);
        return !out.isEmpty() && !in.isEmpty() && in.startsWith(out);
    }

    /** Whether two codes denote the same region however they are padded. */
    public static boolean same(String a, String b) {
        String left = significant(a);
        return !left.isEmpty() && left.equals(significant(b));
    }

    /** Whether one region lies within the other, in either direction. */
    public static boolean related(String a, String b) {
        return contains(a, b) || contains(b, a);
    }

    /** The enclosing region at a coarser (or the same) level, in significant digits: ({@code 341821}, CITY) → 3418. */
    public static Optional<String> truncate(String code, UnitLevel level) {
        String digits = significant(code);
        if (level == null || digits.length() < level.codeLength()) {
            return Optional.empty();
        }
        return Optional.of(digits.substring(0, level.codeLength()));
    }

    private static Optional<UnitLevel> levelForLength(int length) {
        for (UnitLevel level : UnitLevel.values()) {
            if (level.codeLength() == length) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
