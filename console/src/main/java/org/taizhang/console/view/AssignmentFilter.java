package org.taizhang.console.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The filters of an assignment list, checked, as the page's address carries them. */
public record AssignmentFilter(String planId, String unitId, String regionCode, String status, Boolean overdue) {

    static final Set<String> STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "ONGOING");

    public static AssignmentFilter of(String planId, String unitId, String regionCode, String status, String overdue) {
        return new AssignmentFilter(
                planId == null || planId.isBlank()
                        ? null
                        : Inputs.id("方案编号", planId).toString(),
                Inputs.text("单位", unitId, 64).orElse(null),
                regionCode == null || regionCode.isBlank() ? null : regionCode(regionCode),
                Inputs.choice("状态", status, STATUSES).orElse(null),
                Inputs.choice("是否逾期", overdue, Set.of("true", "false"))
                        .map(Boolean::valueOf)
                        .orElse(null));
    }

    /** The filters as the list's links keep them. */
    public Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("planId", planId);
        query.put("unitId", unitId);
        query.put("regionCode", regionCode);
        query.put("status", status);
        query.put("overdue", overdue == null ? null : overdue.toString());
        return query;
    }

    private static String regionCode(String raw) {
        String code = raw.strip();
        if (!code.matches("[0-9]{2,12}")) {
            throw new BadInputException("地区代码应为 2–12 位数字");
        }
        return code;
    }
}
