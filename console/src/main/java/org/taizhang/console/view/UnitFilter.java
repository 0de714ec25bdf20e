package org.taizhang.console.view;

import java.util.LinkedHashMap;
import java.util.Map;

/** The filters of the unit directory, as the API takes them, checked, as the page's address carries them. */
public record UnitFilter(String q, String regionCode, String kind, String level) {

    public static UnitFilter of(String q, String regionCode, String kind, String level) {
        return new UnitFilter(
                Inputs.text("搜索词", q, 100).orElse(null),
                Inputs.regionCode("地区代码", regionCode).orElse(null),
                Inputs.choice("类型", kind, UnitForm.KINDS.keySet()).orElse(null),
                Inputs.choice("层级", level, UnitForm.LEVELS.keySet()).orElse(null));
    }

    /** The filters as the list's links keep them. */
    public Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("regionCode", regionCode);
        query.put("kind", kind);
        query.put("level", level);
        return query;
    }
}
