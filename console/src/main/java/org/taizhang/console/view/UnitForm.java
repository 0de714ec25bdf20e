package org.taizhang.console.view;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.console.api.Unit;
import org.taizhang.console.api.UnitChange;

/** A directory unit's form as the office types it: aliases one a line. */
public record UnitForm(
        String id, String name, String aliases, String kind, String level, String regionCode, String parentId) {

    static final int MAX_ALIASES = 50;

    /** The kinds of unit the directory knows, in the order the form offers them. */
    public static final Map<String, String> KINDS = names(
            "GOVERNMENT", "人民政府",
            "DEPARTMENT", "政府部门",
            "TOWNSHIP", "乡镇（街道）",
            "PUBLIC_INSTITUTION", "事业单位",
            "ENTERPRISE", "企业",
            "OTHER", "其他");

    /** The levels of unit the directory knows, coarsest first. */
    public static final Map<String, String> LEVELS =
            names("PROVINCE", "省级", "CITY", "市级", "COUNTY", "县级", "TOWN", "乡镇级");

    private static Map<String, String> names(String... codesAndNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            names.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return Collections.unmodifiableMap(names);
    }

    public static UnitForm blank() {
        return new UnitForm("", "", "", "DEPARTMENT", "CITY", "", "");
    }

    /** The form filled with the unit as it stands. */
    public static UnitForm of(Unit unit) {
        return new UnitForm(
                unit.id(),
                unit.name(),
                unit.aliases() == null ? "" : String.join("\n", unit.aliases()),
                unit.kind(),
                unit.level(),
                unit.regionCode(),
                unit.parentId() == null ? "" : unit.parentId());
    }

    /** The unit to send, after the console's own checks; assignment-service checks names and parents. */
    public UnitChange toChange() {
        List<String> names = aliases == null
                ? List.of()
                : Arrays.stream(aliases.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .distinct()
                        .toList();
        if (names.size() > MAX_ALIASES) {
            throw new BadInputException("别名最多 " + MAX_ALIASES + " 个");
        }
        names.forEach(alias -> Inputs.text("别名", alias, 200));
        return new UnitChange(
                Inputs.unitId("单位编码", id).orElse(null),
                Inputs.text("单位名称", name, 200).orElseThrow(() -> new BadInputException("请填写单位名称")),
                names,
                Inputs.choice("类型", kind, KINDS.keySet()).orElseThrow(() -> new BadInputException("请选择类型")),
                Inputs.choice("层级", level, LEVELS.keySet()).orElseThrow(() -> new BadInputException("请选择层级")),
                Inputs.regionCode("区划代码", regionCode).orElseThrow(() -> new BadInputException("请填写区划代码")),
                Inputs.unitId("上级单位编码", parentId).orElse(null));
    }
}
