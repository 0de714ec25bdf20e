package org.taizhang.reminder.service;

/**
 * Administrative division codes, reduced to their significant digits (341800 → 3418) so that a region contains
 * another when the other's code starts with its digits. Mirrors the assignment-service's rules for 2..12 digits.
 */
public final class RegionCodes {

    private RegionCodes() {}

    /** The significant digits, or empty when the code is not 2, 4, 6, 9 or 12 digits. */
    public static String significant(String code) {
        if (code == null || code.isBlank() || !code.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "";
        }
        String digits = code.strip();
        if (digits.length() == 12 && digits.endsWith("000")) {
            digits = digits.substring(0, 9);
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
        int length = digits.length();
        return length == 2 || length == 4 || length == 6 || length == 9 || length == 12 ? digits : "";
    }

    /** Whether {@code inner} lies within {@code outer}; invalid codes contain nothing and lie nowhere. */
    public static boolean contains(String outer, String inner) {
        String out = significant(outer);
        String in = significant(inner);
        return !out.isEmpty() && !in.isEmpty() && in.startsWith(out);
    }
}
