package org.taizhang.assignment.progress;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task number as a county system writes it: plain ("12", "12.") or qualified by its top-level section ("(二)3",
 * "二、3", "2-3") for plans whose numbering starts again in every section.
 */
public record TaskNumber(Integer section, String number) {

    private static final String NUMERAL = "([一二三四五六七八九十]{1,3}|\\d{1,2})";
    private static final Pattern BRACKETED =
            Pattern.compile("^[(（]\\s*" + NUMERAL + "\\s*[)）]\\s*[、.．\\-－—:：]?\\s*第?(\\d{1,3})\\s*项?$");
    private static final Pattern SEPARATED = Pattern.compile("^" + NUMERAL + "\\s*[、.．\\-－—:：]\\s*第?(\\d{1,3})\\s*项?$");
    private static final Pattern HEADING =
            Pattern.compile("^\\s*(?:第" + NUMERAL + "[部分章节]|[(（]?\\s*" + NUMERAL + "\\s*[)）、.．])");

    /** Reads a qualified number; a plain one gives a null section. */
    public static TaskNumber parse(String text) {
        String trimmed = text == null ? "" : text.strip().replaceAll("[\\s.．、,，]+$", "");
        for (Pattern pattern : new Pattern[] {BRACKETED, SEPARATED}) {
            Matcher m = pattern.matcher(trimmed);
            if (m.matches()) {
                return new TaskNumber(ordinal(m.group(1)), m.group(2));
            }
        }
        return new TaskNumber(null, plain(text));
    }

    /** The ordinal of a section heading such as "(二)围绕…", "三、…" or "第四部分"; null when it has none. */
    public static Integer sectionOf(String heading) {
        if (heading == null) {
            return null;
        }
        Matcher m = HEADING.matcher(heading);
        if (!m.find()) {
            return null;
        }
        return ordinal(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** Task numbers as printed differ in trailing punctuation and spaces: "12", "12.", "12、", "(12)". */
    public static String plain(String number) {
        return number == null
                ? ""
                : number.strip()
                        .replaceAll("[\\s.．、,，)）]+$", "")
                        .replaceAll("^[(（]", "")
                        .strip();
    }

    static int ordinal(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        int ten = numeral.indexOf('十');
        if (ten < 0) {
            return digit(numeral.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(numeral.charAt(0));
        int units = ten == numeral.length() - 1 ? 0 : digit(numeral.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int digit(char c) {
        return "一二三四五六七八九".indexOf(c) + 1;
    }
}
