package org.taizhang.assignment.directory.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.platform.region.RegionCodes;

/**
 * Checks one data row against the rules the directory API applies to a unit (id pattern, lengths, required fields,
 * valid region code), so that nothing the API would refuse gets in by file.
 */
final class RowChecker {

    /** A data row checked: the unit when it is valid, else its errors; {@code id} as written, for parent checks. */
    record Checked(int row, String id, DirectoryRow unit, List<RowError> errors) {}

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int MAX_NAME = 200;
    private static final String ID_RULE = "只能包含字母、数字、“.”、“_”和“-”，不超过64个字符";

    private final DirectoryHeader header;

    RowChecker(DirectoryHeader header) {
        this.header = header;
    }

    Checked check(SheetRow data) {
        List<RowError> errors = new ArrayList<>();
        int row = data.row();
        String id = header.cell(data, DirectoryColumn.ID);
        String name = header.cell(data, DirectoryColumn.NAME);
        String kindCell = header.cell(data, DirectoryColumn.KIND);
        String levelCell = header.cell(data, DirectoryColumn.LEVEL);
        String region = CellText.narrow(header.cell(data, DirectoryColumn.REGION_CODE));
        String parent = header.cell(data, DirectoryColumn.PARENT_ID);
        List<String> aliases = DirectoryLabels.aliases(header.cell(data, DirectoryColumn.ALIASES));

        if (present(id, DirectoryColumn.ID, row, errors) && !ID.matcher(id).matches()) {
            errors.add(error(
                    row,
                    DirectoryColumn.ID,
                    "单位编码" + CellText.quote(id) + ID_RULE,
                    "id: letters, digits," + " '.', '_' and '-', at most 64"));
        }
        if (present(name, DirectoryColumn.NAME, row, errors)) {
            checkName(name, row, errors);
        }
        aliases.stream()
                .filter(alias -> alias.length() > MAX_NAME)
                .findFirst()
                .ifPresent(alias -> errors.add(
                        error(row, DirectoryColumn.ALIASES, "别名超过200个字", "an alias is longer than 200 characters")));
        Optional<UnitKind> kind = kind(kindCell, row, errors);
        Optional<UnitLevel> level = level(levelCell, row, errors);
        if (present(region, DirectoryColumn.REGION_CODE, row, errors) && !RegionCodes.isValid(region)) {
            errors.add(error(
                    row,
                    DirectoryColumn.REGION_CODE,
                    "区划代码" + CellText.quote(region) + "无效，应为2、4、6、9位数字或补零到6、9、12位，如 341800",
                    "regionCode must be an administrative division code such as 341800"));
        }
        checkParent(id, parent, row, errors);
        if (!errors.isEmpty()) {
            return new Checked(row, id, null, errors);
        }
        DirectoryRow unit =
                new DirectoryRow(id, name, aliases, kind.get(), level.get(), region, parent.isEmpty() ? null : parent);
        return new Checked(row, id, unit, List.of());
    }

    private static void checkName(String name, int row, List<RowError> errors) {
        if (name.length() > MAX_NAME) {
            errors.add(error(row, DirectoryColumn.NAME, "单位名称超过200个字", "name is longer than 200 characters"));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(error(row, DirectoryColumn.NAME, "单位名称不能换行或含控制字符", "name must be one line of text"));
        }
    }

    private static Optional<UnitKind> kind(String cell, int row, List<RowError> errors) {
        if (!present(cell, DirectoryColumn.KIND, row, errors)) {
            return Optional.empty();
        }
        Optional<UnitKind> kind = DirectoryLabels.kind(cell);
        if (kind.isEmpty()) {
            errors.add(error(
                    row,
                    DirectoryColumn.KIND,
                    "无法识别的类型" + CellText.quote(cell) + "，可填：政府、部门、乡镇、事业单位、企业、其他",
                    "kind must be GOVERNMENT, DEPARTMENT, TOWNSHIP, PUBLIC_INSTITUTION, ENTERPRISE or OTHER"));
        }
        return kind;
    }

    private static Optional<UnitLevel> level(String cell, int row, List<RowError> errors) {
        if (!present(cell, DirectoryColumn.LEVEL, row, errors)) {
            return Optional.empty();
        }
        Optional<UnitLevel> level = DirectoryLabels.level(cell);
        if (level.isEmpty()) {
            errors.add(error(
                    row,
                    DirectoryColumn.LEVEL,
                    "无法识别的层级" + CellText.quote(cell) + "，可填：省级、市级、县级、乡镇级",
                    "level must be PROVINCE, CITY, COUNTY or TOWN"));
        }
        return level;
    }

    private static void checkParent(String id, String parent, int row, List<RowError> errors) {
        if (parent.isEmpty()) {
            return;
        }
        if (!ID.matcher(parent).matches()) {
            errors.add(error(
                    row,
                    DirectoryColumn.PARENT_ID,
                    "上级单位编码" + CellText.quote(parent) + ID_RULE,
                    "parentId: letters, digits, '.', '_' and '-', at most 64"));
        } else if (parent.equals(id)) {
            errors.add(error(row, DirectoryColumn.PARENT_ID, "单位不能是自己的上级单位", "a unit cannot be its own parent"));
        }
    }

    private static boolean present(String cell, DirectoryColumn column, int row, List<RowError> errors) {
        if (cell.isEmpty()) {
            errors.add(error(row, column, "缺少" + column.label(), column.field() + " is required"));
            return false;
        }
        return true;
    }

    /** An error worded for the clerk in Chinese, with the English in brackets for the API client. */
    static RowError error(int row, DirectoryColumn column, String chinese, String english) {
        return new RowError(row, column.field(), chinese + " (" + english + ")");
    }
}
