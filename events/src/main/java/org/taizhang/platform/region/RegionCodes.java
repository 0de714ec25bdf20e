package org.taizhang.platform.region;

/**
 * Administrative division codes (行政区划代码) compared by their significant digits: province 2, city 4, county 6,
 * town 9. Trailing zero pairs are padding ({@code 341800} is the city {@code 3418}), so a region contains every code
 * that starts with its digits.
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
        return length == 2 || length == 4 || length == 6 || length == 9 ? digits : "";
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

    /** Whether two codes denote the same region however they are padded. */
    public static boolean same(String a, String b) {
        String left = significant(a);
        return !left.isEmpty() && left.equals(significant(b));
    }

    /** Whether one region lies within the other, in either direction. */
    public static boolean related(String a, String b) {
        return contains(a, b) || contains(b, a);
    }
}
