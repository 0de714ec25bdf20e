package org.taizhang.reporting.compute;

/**
 * Administrative division codes (行政区划代码) as the region filters and integration tokens use them: trailing zero
 * groups are padding ({@code 341800} is the city {@code 3418}), so containment is a prefix test on significant digits.
 */
public final class RegionCodes {

    private RegionCodes() {}

    /** The significant digits of a code; empty when it is not a code of 2 to 12 digits. */
    public static String significant(String code) {
        if (code == null) {
            return "";
        }
        String digits = code.strip();
        if (digits.length() < 2 || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "";
        }
        if (digits.length() > 9 && digits.endsWith("000")) {
            digits = digits.substring(0, 9);
        }
        if (digits.length() > 6 && digits.endsWith("000")) {
            digits = digits.substring(0, 6);
        }
        while (digits.length() > 2 && digits.length() <= 6 && digits.endsWith("00")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        return digits;
    }

    public static boolean isValid(String code) {
        return !significant(code).isEmpty();
    }

    /** Whether {@code inner} lies within {@code outer}; a region contains itself, invalid codes contain nothing. */
    public static boolean contains(String outer, String inner) {
        String out = significant(outer);
        String in = significant(inner);
        return !out.isEmpty() && !in.isEmpty() && in.startsWith(out);
    }
}
