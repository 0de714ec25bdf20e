package org.taizhang.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates in normalized deadline text (Arabic digits, no spaces) and returns the latest valid one. */
final class FixedDates {

    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年|(今年|本年|当年)|(明年|次年))?"
            + "(?:(\\d{1,2})月(\\d{1,2})[日号]"
            + "|(\\d{1,2})月(上旬|中旬|下旬)"
            + "|(\\d{1,2})月(?:底|末|份|前|内)?"
            + "|(上半年|下半年|年中|年底|年末|年终|年内)"
            + "|第?([1-4])季度"
            + "|(底|末|终|内|前)?)");

    private FixedDates() {}

    static Optional<LocalDate> latest(String text, int planYear) {
        Matcher m = DATE.matcher(text);
        LocalDate latest = null;
        while (m.find()) {
            LocalDate date = dateOf(m, planYear);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static LocalDate dateOf(Matcher m, int planYear) {
        int year = yearOf(m, planYear);
        if (year < 1949 || year > 2200) {
            return null;
        }
        try {
            return resolve(m, year);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int yearOf(Matcher m, int planYear) {
        if (m.group(1) != null) {
            return Integer.parseInt(m.group(1));
        }
        return m.group(3) != null ? planYear + 1 : planYear;
    }

    private static LocalDate resolve(Matcher m, int year) {
        if (m.group(4) != null) {
            return LocalDate.of(year, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(6)));
            return switch (m.group(7)) {
                case "上旬" -> month.atDay(10);
                case "中旬" -> month.atDay(20);
                default -> month.atEndOfMonth();
            };
        }
        if (m.group(8) != null) {
            return YearMonth.of(year, Integer.parseInt(m.group(8))).atEndOfMonth();
        }
        if (m.group(9) != null) {
            return m.group(9).equals("上半年") || m.group(9).equals("年中")
                    ? LocalDate.of(year, 6, 30)
                    : LocalDate.of(year, 12, 31);
        }
        if (m.group(10) != null) {
            return YearMonth.of(year, Integer.parseInt(m.group(10)) * 3).atEndOfMonth();
        }
        boolean explicitYear = m.group(1) != null || m.group(2) != null || m.group(3) != null;
        // a year alone (2022年, 2022年底, 明年前) means its end; "底"/"前" without a year are ordinary words
        return explicitYear ? LocalDate.of(year, 12, 31) : null;
    }
}
