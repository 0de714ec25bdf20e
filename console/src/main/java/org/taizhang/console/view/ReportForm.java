package org.taizhang.console.view;

import java.net.URI;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taizhang.console.api.ProgressSubmission;

/** A progress report as a unit types it: status, percent, summary and evidence links, one a line. */
public record ReportForm(String status, String percent, String summary, String links) {

    public static final int MAX_LINKS = 20;
    public static final int MAX_FILES = 10;

    /** The statuses a report may set, in the order the form offers them. */
    public static final Map<String, String> STATUSES = statuses();

    private static Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        List.of("IN_PROGRESS", "COMPLETED", "ONGOING", "NOT_STARTED")
                .forEach(code -> statuses.put(code, Labels.STATUS.get(code)));
        return Collections.unmodifiableMap(statuses);
    }

    public static ReportForm blank() {
        return new ReportForm("IN_PROGRESS", "", "", "");
    }

    /** The report to send, citing the files already uploaded; refuses what the console can judge itself. */
    public ProgressSubmission toSubmission(List<UUID> files) {
        String chosen =
                Inputs.choice("进展状态", status, STATUSES.keySet()).orElseThrow(() -> new BadInputException("请选择进展状态"));
        return new ProgressSubmission(
                "console-" + UUID.randomUUID(),
                chosen,
                Inputs.text("进展情况", summary, 4000).orElseThrow(() -> new BadInputException("请填写进展情况")),
                Inputs.percent(percent).orElse(null),
                evidenceLinks(),
                files);
    }

    List<String> evidenceLinks() {
        if (links == null || links.isBlank()) {
            return List.of();
        }
        List<String> found = Arrays.stream(links.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (found.size() > MAX_LINKS) {
            throw new BadInputException("佐证链接最多 " + MAX_LINKS + " 条");
        }
        found.forEach(ReportForm::checkLink);
        return found;
    }

    private static void checkLink(String link) {
        Inputs.text("佐证链接", link, 2000);
        try {
            String scheme = URI.create(link).getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new BadInputException("佐证链接应以 http:// 或 https:// 开头：" + link);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException("佐证链接无效：" + link);
        }
    }
}
