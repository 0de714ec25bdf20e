package org.taizhang.plan.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rows below the header that are no task: the header repeated after a page break, a page head repeating a row above
 * the header (the document title), a metadata row (索引号： … 发布机构： …) and notes (注：…).
 */
final class RowFilters {

    private static final Pattern NOTE = Pattern.compile("^(注|备注|说明|附件|抄送|附表)\\s*\\d*\\s*[:：]");
    private static final Pattern METADATA = Pattern.compile("^(索引号|发布机构|发文机关|发布日期|成文日期|发文日期|生效日期|文号|发文字号|主题分类|主题词"
            + "|体裁分类|组配分类|服务对象|有效性|公开方式|公开范围|公开时限|信息来源|来源|作者|浏览次数|点击数|字号|打印|关闭|信息名称|标题|名称|分类)\\s*[:：]");

    private final Set<String> above = new HashSet<>();

    RowFilters(List<List<String>> table, int headerRow) {
        for (int r = 0; r < headerRow; r++) {
            String key = key(table.get(r));
            if (key.length() >= 4) {
                above.add(key);
            }
        }
    }

    /** Whether a row below the header is to be passed over. */
    boolean skips(List<String> row) {
        return above.contains(key(row)) || isNote(row) || isMetadata(row) || HeaderVocabulary.header(row) != null;
    }

    static boolean isNote(List<String> cells) {
        return cells.stream()
                .filter(c -> !c.isBlank())
                .findFirst()
                .map(c -> NOTE.matcher(Simplified.of(c.strip())).find())
                .orElse(false);
    }

    /** A row of labels and values: any cell that starts with a metadata label, or most cells labels ending in ：. */
    static boolean isMetadata(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.isEmpty()) {
            return false;
        }
        long labels = filled.stream().filter(HeaderVocabulary::isLabel).count();
        boolean labelled = filled.stream()
                .anyMatch(c -> METADATA.matcher(Simplified.of(TextNormalizer.normalize(c)))
                        .find());
        return labelled || labels * 2 >= filled.size() && labels > 0;
    }

    private static String key(List<String> row) {
        return SectionHeadings.key(String.join("", row));
    }
}
