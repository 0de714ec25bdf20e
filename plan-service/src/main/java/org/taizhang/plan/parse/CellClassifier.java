package org.taizhang.plan.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.taizhang.events.plan.DeadlineKind;

/**
 * Judges what a cell holds from its content: a number, a heading, task text, units, a deadline or a status.
 *
 * <p>The judgement depends on the text alone and is remembered: a document repeats its unit and deadline cells, and
 * the reader and the parser of one import judge the same cells. Use one instance per document (not thread-safe).
 */
final class CellClassifier {

    private static final Pattern NUMBER =
            Pattern.compile("^(?:第?[0-9０-９]{1,4}项?[.．、]?|[（(][0-9０-９]{1,3}[）)]|[0-9０-９]{1,3}[）)]|[①-⑳])$");
    private static final Pattern STATUS = Pattern.compile("^(已完成|完成|未完成|已落实|落实中|推进中|正在推进|正常推进|序时推进|进行中|未启动|已启动|部分完成"
            + "|基本完成|已开展|逾期|已办结|办理中|滞后|已部署|正在落实|已实施|实施中|未开展)[。.]?$");
    private static final int MAX_DEADLINE_LENGTH = 24;
    private static final int MAX_ONGOING_LENGTH = 8;
    private static final Pattern DEADLINE_FILLER = Pattern.compile("[\\s，,。；;、]");

    private final DeadlineParser deadlines = new DeadlineParser();
    private final UnitPhraseParser units = new UnitPhraseParser();
    private final Map<String, CellKind> judged = new HashMap<>();

    CellKind kind(String cell) {
        if (cell == null || cell.isBlank()) {
            return CellKind.EMPTY;
        }
        CellKind known = judged.get(cell);
        if (known == null) {
            known = judge(cell);
            judged.put(cell, known);
        }
        return known;
    }

    private CellKind judge(String cell) {
        // traditional characters are read as simplified: 年底前 and 持續推進 are both deadlines
        String shadow = Simplified.of(cell);
        String text = TextNormalizer.normalize(shadow);
        if (NUMBER.matcher(text).matches()) {
            return CellKind.NUMBER;
        }
        if (SectionHeadings.level(text) > 0) {
            return CellKind.SECTION;
        }
        if (isStatus(text)) {
            return CellKind.STATUS;
        }
        if (SectionHeadings.taskNumber(text) != null) {
            return CellKind.NUMBERED_TEXT;
        }
        if (isDeadline(text)) {
            return CellKind.DEADLINE;
        }
        return units.looksLikeUnits(shadow) ? CellKind.UNITS : CellKind.TEXT;
    }

    /** A deadline cell is short: 持续推进 is a deadline, 持续做好政府公报工作 is a task. */
    private boolean isDeadline(String text) {
        String compact = DEADLINE_FILLER.matcher(text).replaceAll("");
        if (compact.length() > MAX_DEADLINE_LENGTH) {
            // no kind of deadline is this long: task text need not be parsed for dates
            return false;
        }
        DeadlineKind kind = deadlines.parse(compact, 2000).kind();
        return switch (kind) {
            case ONGOING -> compact.length() <= MAX_ONGOING_LENGTH;
            case FIXED, PERIODIC -> compact.length() <= MAX_DEADLINE_LENGTH;
            default -> false;
        };
    }

    static boolean isStatus(String text) {
        return STATUS.matcher(Simplified.of(TextNormalizer.normalize(text)).replace(" ", ""))
                .matches();
    }
}
