package org.taizhang.platform.csv;

import java.util.regex.Pattern;

/**
 * One CSV cell as every Taizhang export writes it: RFC 4180 quoting, and formula neutralisation as OWASP describes
 * (CSV injection): a cell a spreadsheet would run as a formula, one starting with {@code = + - @}, their full-width
 * forms (an IME types them in Chinese text), tab, CR or LF, gets a leading single quote and is quoted, so that Excel,
 * WPS and LibreOffice show it as text. A plain number ({@code -3}, {@code +1.5}, {@code -20%}) cannot hold a formula
 * and stays as it is, so that numeric columns stay numbers. {@link #restored} undoes the quote for an importer that
 * reads its own exports back.
 */
public final class CsvCells {

    private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");
    private static final char QUOTE = '\'';

    private CsvCells() {}

    /** The cell as written between commas: neutralised, then quoted when it must be. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        String safe = neutralised(text);
        boolean quote = !safe.equals(text)
                || safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                || !safe.equals(safe.strip());
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /**
     * The text with a single quote before it when a spreadsheet would take it for a formula; also when it already
     * starts with quotes before such a character, so that {@link #restored} gives back exactly the text.
     */
    public static String neutralised(String text) {
        int first = firstAfterQuotes(text);
        if (first >= text.length() || TRIGGERS.indexOf(text.charAt(first)) < 0) {
            return text;
        }
        return first == 0 && PLAIN_NUMBER.matcher(text).matches() ? text : QUOTE + text;
    }

    /** The text {@link #neutralised} was given: one leading quote fewer where it added one. */
    public static String restored(String cell) {
        if (cell.isEmpty() || cell.charAt(0) != QUOTE) {
            return cell;
        }
        int first = firstAfterQuotes(cell);
        return first < cell.length() && TRIGGERS.indexOf(cell.charAt(first)) >= 0 ? cell.substring(1) : cell;
    }

    private static int firstAfterQuotes(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == QUOTE) {
            i++;
        }
        return i;
    }
}
