package org.taizhang.plan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the Chinese numerals used in dates and section numbers (十二, 二十一, 二〇二二) as integers. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern BEFORE_UNIT = Pattern.compile("([〇○零一二两三四五六七八九十]{1,3})(?=月|日|号|季度|个月|半年)");
    private static final Pattern YEAR = Pattern.compile("([〇○零一二三四五六七八九]{4})(?=年)");

    private ChineseNumerals() {}

    /** The value of a numeral such as 三, 十二, 二十一 or 二〇; -1 when it is not one. */
    static int value(String numeral) {
        if (numeral == null || numeral.isEmpty()) {
            return -1;
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return positional(numeral);
        }
        if (numeral.indexOf('十', ten + 1) >= 0) {
            return -1;
        }
        int tens = ten == 0 ? 1 : positional(numeral.substring(0, ten));
        int units = ten == numeral.length() - 1 ? 0 : positional(numeral.substring(ten + 1));
        return tens < 0 || units < 0 || tens > 9 || units > 9 ? -1 : tens * 10 + units;
    }

    /** Replaces numerals written before 月/日/季度 and four-digit years before 年 with Arabic digits. */
    static String arabicDates(String text) {
        return replace(BEFORE_UNIT, replace(YEAR, text));
    }

    private static String replace(Pattern numeral, String text) {
        Matcher matcher = numeral.matcher(text);
        if (!matcher.find()) {
            // most text holds no numeral date: keep it instead of copying it
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            int value = value(matcher.group(1));
            String replacement = value < 0 ? matcher.group(1) : String.valueOf(value);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static int positional(String digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            int d = c == '○' || c == '零' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d < 0 || value > 100_000) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
