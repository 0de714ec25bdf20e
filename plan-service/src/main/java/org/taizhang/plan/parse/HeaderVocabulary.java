package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Recognises header rows by the words offices use for their columns (工作任务, 责任单位, 完成时限…). */
final class HeaderVocabulary {

    private static final int MAX_HEADER_LENGTH = 12;
    private static final Pattern DATA_START = Pattern.compile("^(各|市|县|区|省|镇|乡)|[。，,；;、]");
    private static final Pattern HEADER_FILLER = Pattern.compile("[\\s:：*＊]");
    private static final DeadlineParser DEADLINES = new DeadlineParser();
    private static final Pattern NUMBER = Pattern.compile("^(序号|编号|序|号|排序|No\\.?)$", Pattern.CASE_INSENSITIVE);

    /** Checked in order: the first keyword found in a header cell decides its role. */
    private static final List<Map.Entry<Pattern, ColumnRole>> KEYWORDS = List.of(
            Map.entry(Pattern.compile("备注|说明$"), ColumnRole.IGNORE),
            Map.entry(Pattern.compile("^(工作|重点|主要)?任务(内容|名称|事项)?$"), ColumnRole.TITLE),
            Map.entry(Pattern.compile("细化分工|分工措施|工作措施|具体措施"), ColumnRole.REQUIREMENT),
            Map.entry(Pattern.compile("牵头"), ColumnRole.LEAD),
            Map.entry(Pattern.compile("配合|协办|协同|参与|协助"), ColumnRole.SUPPORTING),
            Map.entry(Pattern.compile("时限|时间|期限|节点|截止|安排|日期"), ColumnRole.DEADLINE),
            Map.entry(Pattern.compile("情况|状态|进展|进度|成效|结果"), ColumnRole.STATUS),
            Map.entry(Pattern.compile("责任|承办|负责|主体|单位|部门"), ColumnRole.RESPONSIBLE),
            Map.entry(Pattern.compile("要求|内容|措施|举措|具体|目标|做法|描述"), ColumnRole.REQUIREMENT),
            Map.entry(Pattern.compile("任务|事项|工作|项目|名称|重点"), ColumnRole.TITLE),
            Map.entry(Pattern.compile("类别|领域|板块|方面|分类|栏目"), ColumnRole.SECTION));

    private HeaderVocabulary() {}

    /** The role a header cell names, or null when it is no header word. */
    static ColumnRole roleOf(String cell) {
        String text = HEADER_FILLER
                .matcher(Simplified.of(TextNormalizer.halfWidth(TextNormalizer.normalize(cell))))
                .replaceAll("");
        if (text.isEmpty() || text.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        if (NUMBER.matcher(text).matches()) {
            return ColumnRole.NUMBER;
        }
        for (Map.Entry<Pattern, ColumnRole> keyword : KEYWORDS) {
            if (keyword.getKey().matcher(text).find()) {
                return keyword.getValue();
            }
        }
        return null;
    }

    /** Whether a cell is a column name: a header word that does not read as data. */
    static boolean isHeaderWord(String cell) {
        return cell != null && !cell.isBlank() && !isLabel(cell) && roleOf(cell) != null && !readsAsData(cell);
    }

    /** A label such as 发布机构： or 索引号: names a value beside it, not a column. */
    static boolean isLabel(String cell) {
        String text = cell.strip();
        return text.endsWith("：") || text.endsWith(":");
    }

    /**
     * The column roles when the row is a header row, else null. Most of its cells must be header words and none may
     * read as data (a deadline, a status, a numbered task, a unit name such as 市政府各部门).
     */
    static List<ColumnRole> header(List<String> row) {
        List<ColumnRole> roles = new ArrayList<>();
        int named = 0;
        int filled = 0;
        for (String cell : row) {
            boolean empty = cell == null || cell.isBlank();
            if (!empty && (readsAsData(cell) || isLabel(cell))) {
                return null;
            }
            ColumnRole role = empty ? ColumnRole.IGNORE : roleOf(cell);
            filled += empty ? 0 : 1;
            named += empty || role == null ? 0 : 1;
            roles.add(role == null ? ColumnRole.IGNORE : role);
        }
        return named >= 2 && named * 10 >= filled * 6 ? roles : null;
    }

    /**
     * Whether the row under a header refines it (牵头单位 | 配合单位): every filled cell a header word, none reading as
     * data. A section row such as 一、重点领域信息公开 holds a header word (领域) too, but it is a heading, not a header.
     */
    static boolean isSubHeader(List<String> row) {
        List<String> filled =
                row.stream().filter(c -> c != null && !c.isBlank()).toList();
        return !filled.isEmpty() && filled.stream().allMatch(c -> roleOf(c) != null && !readsAsData(c));
    }

    private static boolean readsAsData(String cell) {
        String text = Simplified.of(TextNormalizer.normalize(cell));
        return text.length() > MAX_HEADER_LENGTH
                || DATA_START.matcher(text).find()
                || CellClassifier.isStatus(text)
                || SectionHeadings.taskNumber(text) != null
                || SectionHeadings.level(text) > 0
                || DEADLINES.isDeadline(text);
    }
}
