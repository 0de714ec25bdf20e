package org.taizhang.console.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The import form as the office filled it in, kept to show again beside what was wrong with it. */
public record ImportForm(String year, String regionCode, String regionName, String title, String level) {

    /** The plan levels plan-service knows, in the order the form offers them, with their Chinese names. */
    public static final Map<String, String> LEVEL_NAMES = levelNames();

    private static Map<String, String> levelNames() {
        Map<String, String> names = new LinkedHashMap<>();
        List.of("CITY", "COUNTY", "DISTRICT", "PROVINCE", "TOWN")
                .forEach(code -> names.put(code, Labels.LEVEL.get(code)));
        return Collections.unmodifiableMap(names);
    }

    /** What the console can tell is wrong before sending the file on; the service checks the rest. */
    public List<String> problems(FileUpload file, long maxBytes) {
        List<String> problems = new ArrayList<>();
        if (file == null || file.size() == 0) {
            problems.add("请选择要导入的方案文件。");
        } else if (file.size() > maxBytes) {
            problems.add("文件超过 " + Labels.bytes(maxBytes) + "，请拆分后导入。");
        }
        check(problems, () -> Inputs.year(year).orElseThrow(() -> new BadInputException("请填写年度。")));
        if (regionCode == null || !regionCode.strip().matches("[0-9]{2,12}")) {
            problems.add("地区代码应为 2–12 位数字，如 341800。");
        }
        check(problems, () -> Inputs.text("地区名称", regionName, 100));
        check(problems, () -> Inputs.text("标题", title, 500));
        if (level != null && !level.isBlank() && !LEVEL_NAMES.containsKey(level)) {
            problems.add("层级的取值无效。");
        }
        return problems;
    }

    private static void check(List<String> problems, Runnable check) {
        try {
            check.run();
        } catch (BadInputException refused) {
            problems.add(refused.getMessage());
        }
    }
}
