package org.taizhang.plan.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises section headings: 一、 / 第一部分 at the top level, （一） / (一) below it. */
final class SectionHeadings {

    private static final Pattern TOP =
            Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}\\s*[、.．]|第[一二三四五六七八九十]{1,3}\\s*[部分章节篇])");
    private static final Pattern SECOND = Pattern.compile("^\\s*[（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)]");
    private static final Pattern TASK_NUMBER = Pattern.compile(
            "^\\s*(?:[（(]\\s*([0-9０-９]{1,3})\\s*[）)]|([0-9０-９]{1,3})\\s*(?:[.．、,，)）]|\\s)(?![0-9０-９]))\\s*");
    private static final Pattern TOP_NUMBER = Pattern.compile("([一二三四五六七八九十]{1,3})[、.．]?");
    private static final Pattern SECOND_NUMBER = Pattern.compile("[（(]([一二三四五六七八九十]{1,3})[）)]");
    private static final int MAX_HEADING_LENGTH = 80;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SectionHeadings() {}

    /** 1 for 一、…, 2 for （一）…, 0 when the text is not a heading. */
    static int level(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_HEADING_LENGTH) {
            return 0;
        }
        if (TOP.matcher(text).find()) {
            return 1;
        }
        return SECOND.matcher(text).find() ? 2 : 0;
    }

    /** The heading as shown: spacing artefacts removed, numbering prefix kept. */
    static String title(String text) {
        return TextNormalizer.normalize(text);
    }

    /** A form that ignores spacing and bracket width, so a heading repeated after a page break matches. */
    static String key(String text) {
        String brackets = TextNormalizer.canonicalBrackets(TextNormalizer.halfWidth(text))
                .replace('（', '(')
                .replace('）', ')');
        return WHITESPACE.matcher(brackets).replaceAll("");
    }

    /**
     * A heading split over a 序号 cell and a title cell ({@code 一 | 深化政务公开}), joined as 一、深化政务公开; null when
     * the row is not such a heading.
     */
    static String fromNumberCell(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() != 2 || filled.get(1).length() > MAX_HEADING_LENGTH || level(filled.get(1)) > 0) {
            return null;
        }
        Matcher top = TOP_NUMBER.matcher(filled.get(0).strip());
        if (top.matches()) {
            return top.group(1) + "、" + filled.get(1).strip();
        }
        Matcher second = SECOND_NUMBER.matcher(filled.get(0).strip());
        return second.matches() ? "（" + second.group(1) + "）" + filled.get(1).strip() : null;
    }

    /** The task number a text starts with (1. / 1、 / （1） / 1 ), or null. */
    static String taskNumber(String text) {
        Matcher m = TASK_NUMBER.matcher(text == null ? "" : text);
        if (!m.find()) {
            return null;
        }
        return TextNormalizer.halfWidth(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The text without its leading task number. */
    static String withoutTaskNumber(String text) {
        Matcher m = TASK_NUMBER.matcher(text == null ? "" : text);
        return m.find() ? text.substring(m.end()) : text;
    }
}
