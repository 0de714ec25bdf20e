package org.taizhang.assignment.directory.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a directory file, in the order the writers put them; each is recognised by its JSON field name or by
 * the Chinese headers offices use, so that a sheet kept by hand imports without renaming its columns.
 */
public enum DirectoryColumn {
    ID("id", "单位编码", true, "单位编码", "编码", "单位代码", "单位id", "unitid"),
    NAME("name", "单位名称", true, "单位名称", "名称", "单位全称"),
    ALIASES("aliases", "别名", false, "别名", "简称", "单位别名", "单位简称", "别称", "alias"),
    KIND("kind", "类型", true, "类型", "单位类型", "单位性质"),
    LEVEL("level", "层级", true, "层级", "级别", "单位层级", "单位级别"),
    REGION_CODE("regionCode", "区划代码", true, "区划代码", "行政区划代码", "区划编码", "行政区划编码", "region"),
    PARENT_ID("parentId", "上级单位编码", false, "上级单位", "上级单位编码", "上级编码", "上级单位代码", "上级单位id", "parent");

    /** Separator of aliases in one cell as the writers join them. */
    public static final String ALIAS_SEPARATOR = "|";

    private final String field;
    private final String label;
    private final boolean required;
    private final List<String> headers;

    DirectoryColumn(String field, String label, boolean required, String... headers) {
        this.field = field;
        this.label = label;
        this.required = required;
        this.headers = Arrays.stream(headers).map(DirectoryColumn::headerKey).toList();
    }

    /** The JSON field name, also the header the writers use. */
    public String field() {
        return field;
    }

    /** The Chinese name used in messages for the clerk. */
    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** The header the writers put on top of a file: {@code id,name,aliases,kind,level,regionCode,parentId}. */
    public static List<String> header() {
        return Arrays.stream(values()).map(DirectoryColumn::field).toList();
    }

    /** The column a header cell names, however spaced, bracketed or starred ({@code 单位名称*}, {@code 别名（用|分隔）}). */
    public static Optional<DirectoryColumn> ofHeader(String cell) {
        String key = headerKey(cell);
        return Arrays.stream(values())
                .filter(column -> headerKey(column.field).equals(key) || column.headers.contains(key))
                .findFirst();
    }

    /** The cell a writer puts in this column for {@code row}. */
    public String valueIn(DirectoryRow row) {
        return switch (this) {
            case ID -> row.id();
            case NAME -> row.name();
            case ALIASES -> String.join(ALIAS_SEPARATOR, row.aliases());
            case KIND -> row.kind() == null ? "" : row.kind().name();
            case LEVEL -> row.level() == null ? "" : row.level().name();
            case REGION_CODE -> row.regionCode();
            case PARENT_ID -> row.parentId() == null ? "" : row.parentId();
        };
    }

    /** Half-width, no spaces, stars, bracketed notes, underscores or dashes, lower case: the form headers compare in. */
    static String headerKey(String cell) {
        String text = CellText.narrow(cell).replaceAll("\\([^)]*\\)", "").replaceAll("[\\s*_\\-]", "");
        return text.toLowerCase(Locale.ROOT);
    }
}
