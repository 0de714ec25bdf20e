package org.taizhang.console.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The filters of the pending unit names list, checked, as the page's address and its forms carry them. */
public record PendingFilter(String planId, String status) {

    /** The statuses an item may be in, in the order the filter offers them. */
    public static final Map<String, String> STATUSES = statuses();

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("OPEN", "待确认");
        statuses.put("RESOLVED", "已确认");
        statuses.put("DISMISSED", "已忽略");
        return Collections.unmodifiableMap(statuses);
    }

    public static PendingFilter of(String planId, String status) {
        return new PendingFilter(
                planId == null || planId.isBlank()
                        ? null
                        : Inputs.id("方案编号", planId).toString(),
                Inputs.choice("状态", status, STATUSES.keySet()).orElse(null));
    }

    /** The filters as the list's links keep them. */
    public Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("planId", planId);
        query.put("status", status);
        return query;
    }
}
