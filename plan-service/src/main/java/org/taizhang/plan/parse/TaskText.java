package org.taizhang.plan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task's number, title and requirement, from the cells that hold them.
 *
 * <p>With separate title (工作任务) and requirement (工作要求) cells each keeps its text. When a row has only one text
 * cell (a 任务 column, or numbered requirement cells such as {@code 1.政府全体会议…}), the title is its first sentence
 * (up to 。；！？) and the requirement is the rest, null when the cell is one sentence: the title is what lists
 * and reminders show, and splitting loses no text. The number is the one written (a 序号 cell, else the leading
 * {@code 1.} / {@code 1、} / {@code （1）}), null when the task is unnumbered; document order is carried by the index.
 * A title's closing 。 is dropped, everything else is kept as written but for spacing artefacts.
 */
record TaskText(String number, String title, String requirement) {

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?]");
    private static final Pattern WRAPPED_NUMBER = Pattern.compile("^(?:第|\\()?(\\d{1,4})(?:项|\\))?$");
    private static final Pattern NUMBER_TAIL = Pattern.compile("[.、\\s]+$");
    private static final Pattern HEADLINE_TAIL = Pattern.compile("[。；;.]+$");

    static TaskText of(String numberCell, String titleCell, String requirementCell) {
        String title = TextNormalizer.normalize(titleCell);
        String requirement = TextNormalizer.normalize(requirementCell);
        String source = title.isEmpty() ? requirement : title;
        String number = numberOf(numberCell, source);
        String unnumbered = TextNormalizer.normalize(SectionHeadings.withoutTaskNumber(source));
        if (!title.isEmpty() && !requirement.isEmpty()) {
            return new TaskText(number, headline(unnumbered), requirement);
        }
        Matcher end = SENTENCE_END.matcher(unnumbered);
        if (!end.find() || end.end() >= unnumbered.length()) {
            return new TaskText(number, headline(unnumbered), null);
        }
        String rest = unnumbered.substring(end.end()).strip();
        return new TaskText(number, headline(unnumbered.substring(0, end.start())), rest.isEmpty() ? null : rest);
    }

    private static String numberOf(String numberCell, String source) {
        String written = NUMBER_TAIL
                .matcher(TextNormalizer.halfWidth(TextNormalizer.normalize(numberCell)))
                .replaceAll("");
        if (!written.isEmpty()) {
            return plainNumber(written);
        }
        return SectionHeadings.taskNumber(source);
    }

    /** 第3项, (3), 3) and ③ are all task 3; anything else is kept as written. */
    private static String plainNumber(String written) {
        if (written.length() == 1 && written.charAt(0) >= '①' && written.charAt(0) <= '⑳') {
            return String.valueOf(written.charAt(0) - '①' + 1);
        }
        Matcher digits = WRAPPED_NUMBER.matcher(written);
        return digits.matches() ? digits.group(1) : written;
    }

    private static String headline(String text) {
        String trimmed = HEADLINE_TAIL.matcher(text.strip()).replaceAll("").strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
