package org.taizhang.assignment.directory.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;

/** Reads the cells clerks fill in by hand: kinds and levels by enum name or Chinese label, aliases in one cell. */
final class DirectoryLabels {

    /** The separators clerks put between aliases; a line break too, since Excel users often use Alt+Enter. */
    private static final Pattern ALIAS_SEPARATORS = Pattern.compile("[；;|｜、\\r\\n]+");

    private static final Map<String, UnitKind> KINDS = Map.ofEntries(
            Map.entry("政府", UnitKind.GOVERNMENT),
            Map.entry("人民政府", UnitKind.GOVERNMENT),
            Map.entry("部门", UnitKind.DEPARTMENT),
            Map.entry("政府部门", UnitKind.DEPARTMENT),
            Map.entry("工作部门", UnitKind.DEPARTMENT),
            Map.entry("乡镇", UnitKind.TOWNSHIP),
            Map.entry("街道", UnitKind.TOWNSHIP),
            Map.entry("镇", UnitKind.TOWNSHIP),
            Map.entry("乡", UnitKind.TOWNSHIP),
            Map.entry("乡镇街道", UnitKind.TOWNSHIP),
            Map.entry("事业单位", UnitKind.PUBLIC_INSTITUTION),
            Map.entry("企业", UnitKind.ENTERPRISE),
            Map.entry("国有企业", UnitKind.ENTERPRISE),
            Map.entry("其他", UnitKind.OTHER),
            Map.entry("其它", UnitKind.OTHER));

    private static final Map<String, UnitLevel> LEVELS = Map.ofEntries(
            Map.entry("省级", UnitLevel.PROVINCE),
            Map.entry("省", UnitLevel.PROVINCE),
            Map.entry("市级", UnitLevel.CITY),
            Map.entry("市", UnitLevel.CITY),
            Map.entry("地市级", UnitLevel.CITY),
            Map.entry("县级", UnitLevel.COUNTY),
            Map.entry("县", UnitLevel.COUNTY),
            Map.entry("县区级", UnitLevel.COUNTY),
            Map.entry("区县级", UnitLevel.COUNTY),
            Map.entry("乡镇级", UnitLevel.TOWN),
            Map.entry("乡镇", UnitLevel.TOWN),
            Map.entry("镇级", UnitLevel.TOWN),
            Map.entry("乡级", UnitLevel.TOWN));

    private DirectoryLabels() {}

    /** The kind a cell names: GOVERNMENT, government, 人民政府, 乡镇（街道）…; empty when it names none. */
    static Optional<UnitKind> kind(String cell) {
        String key = key(cell);
        return Arrays.stream(UnitKind.values())
                .filter(kind -> kind.name().equals(key))
                .findFirst()
                .or(() -> Optional.ofNullable(KINDS.get(key)));
    }

    /** The level a cell names: CITY, city, 市级…; empty when it names none. */
    static Optional<UnitLevel> level(String cell) {
        String key = key(cell);
        return Arrays.stream(UnitLevel.values())
                .filter(level -> level.name().equals(key))
                .findFirst()
                .or(() -> Optional.ofNullable(LEVELS.get(key)));
    }

    /** The aliases of one cell, trimmed, without empties and repeats, in the order written. */
    static List<String> aliases(String cell) {
        return ALIAS_SEPARATORS
                .splitAsStream(CellText.clean(cell))
                .map(CellText::clean)
                .filter(alias -> !alias.isEmpty())
                .distinct()
                .toList();
    }

    /** Upper case, spaces and dashes as underscores, bracketed notes dropped: 乡镇（街道） and public-institution match. */
    private static String key(String cell) {
        return CellText.narrow(cell)
                .replaceAll("\\([^)]*\\)", "")
                .strip()
                .replaceAll("[\\s\\-]+", "_")
                .toUpperCase(Locale.ROOT);
    }
}
