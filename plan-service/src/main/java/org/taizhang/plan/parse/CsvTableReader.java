package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads an RFC 4180 CSV export (comma- or semicolon-separated, UTF-8 or GBK as Excel saves it) into rows of cells. */
public final class CsvTableReader {

    private static final int MAX_COLUMNS = 60;
    private static final int MIN_FIELDS = 3;
    private static final double MIN_CONSISTENT_SHARE = 0.8;
    private static final char[] DELIMITERS = {',', ';'};

    /**
     * Whether {@code text} reads as CSV: at least two records and most of them with the same number (at least three)
     * of fields. Consistency is what matters, since half-width commas also appear inside cells of text copied from a
     * PDF; text using {@code |} or tabs is only CSV if it quotes fields.
     */
    public static boolean looksLikeCsv(String text) {
        return delimiter(text) != 0;
    }

    /** Decodes (UTF-8 with or without BOM, else GB18030) and splits {@code content}. */
    public List<List<String>> read(byte[] content) {
        return read(TextDecoder.decode(content));
    }

    /** The records of {@code text}; throws {@link ImportRejectedException} when it is not CSV. */
    public List<List<String>> read(String text) {
        char delimiter = delimiter(text);
        if (delimiter == 0 && records(text, ',') == null) {
            throw new ImportRejectedException("CSV 文件中有未闭合的引号，请检查后再导入。 (The CSV file has an unclosed quote.)");
        }
        if (delimiter == 0) {
            throw new ImportRejectedException(
                    "文件不是有效的 CSV 表格（各行列数不一致）。 (Not a CSV table: rows differ in their column count.)");
        }
        List<List<String>> rows = records(text, delimiter);
        return rows.stream()
                .filter(row -> row.stream().anyMatch(c -> !c.isBlank()))
                .toList();
    }

    private static char delimiter(String text) {
        boolean quoted = text.indexOf('"') >= 0;
        if (!quoted && (text.indexOf('\t') >= 0 || text.indexOf('|') >= 0 || text.indexOf('｜') >= 0)) {
            return 0;
        }
        for (char delimiter : DELIMITERS) {
            List<List<String>> records = records(text, delimiter);
            if (records != null && consistent(records)) {
                return delimiter;
            }
        }
        return 0;
    }

    private static boolean consistent(List<List<String>> records) {
        List<List<String>> filled = records.stream()
                .filter(r -> r.stream().anyMatch(c -> !c.isBlank()))
                .toList();
        if (filled.size() < 2) {
            return false;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        filled.forEach(r -> counts.merge(r.size(), 1, Integer::sum));
        Map.Entry<Integer, Integer> modal =
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        return modal.getKey() >= MIN_FIELDS && modal.getValue() >= filled.size() * MIN_CONSISTENT_SHARE;
    }

    /** The records of {@code text} split at {@code delimiter}, or null when a quoted field never closes. */
    private static List<List<String>> records(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else if (c != '\r') {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                inQuotes = true;
                field.setLength(0);
            } else if (c == delimiter) {
                addField(fields, field);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field);
                fields = new ArrayList<>();
                if (records.size() >= TableContinuation.MAX_ROWS) {
                    return records;
                }
            } else {
                field.append(c);
            }
        }
        if (inQuotes) {
            return null;
        }
        endRecord(records, fields, field);
        return records;
    }

    private static void addField(List<String> fields, StringBuilder field) {
        if (fields.size() < MAX_COLUMNS) {
            fields.add(field.toString().strip());
        }
        field.setLength(0);
    }

    private static void endRecord(List<List<String>> records, List<String> fields, StringBuilder field) {
        addField(fields, field);
        if (fields.size() > 1 || !fields.get(0).isEmpty()) {
            records.add(fields);
        }
    }
}
