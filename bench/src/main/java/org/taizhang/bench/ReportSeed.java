package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The reports scenario's data: 1,000 units of region 349900, a published 50-task plan of 2027 and its progress. */
public final class ReportSeed {

    static final String REGION = "349900";
    static final int YEAR = 2027;
    static final int UNITS = 1000;
    static final int TASKS = 50;
    static final int UNITS_PER_TASK = 40;
    static final int ASSIGNMENTS = TASKS * UNITS_PER_TASK;
    static final String TITLE = "基准测试2027年政务公开重点工作任务分工";
    private static final String EVIDENCE = "https://www.example.gov.cn/zwgk/2027/t";
    private static final String[] DEADLINES = {"年底前", "6月底前", "一季度", "持续推进", "9月30日前"};

    private final StackClient stack;
    private final String token;

    public ReportSeed(StackClient stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    /** Creates what is missing and returns the id of the published bench plan once the read model shows it. */
    public String ensure() throws Exception {
        ensureUnits();
        String plan = ensurePlan();
        awaitSummary(plan, summary -> BenchJson.number(summary, "assignments", "total") == ASSIGNMENTS);
        ensureProgress(plan);
        return plan;
    }

    private void ensureUnits() throws Exception {
        String page = ok(stack.get(stack.assignment + "/api/units?size=1&regionCode=" + REGION, token));
        long have = BenchJson.number(page, "total");
        if (have >= UNITS) {
            BenchRun.say("reports: " + have + " units of region " + REGION + " already there");
            return;
        }
        BenchRun.say("reports: importing " + UNITS + " units of region " + REGION);
        ok(stack.post(
                stack.assignment + "/api/units/import",
                token,
                "text/csv",
                unitsCsv().getBytes(StandardCharsets.UTF_8)));
    }

    private String ensurePlan() throws Exception {
        String list = ok(stack.get(
                stack.plan + "/api/plans?size=200&year=" + YEAR + "&regionCode=" + REGION + "&q="
                        + StackClient.encode(TITLE),
                token));
        List<String> ids = StackClient.values(list, "id");
        List<String> statuses = StackClient.values(list, "status");
        for (int i = 0; i < ids.size(); i++) {
            if (statuses.get(i).equals("PUBLISHED")) {
                BenchRun.say("reports: plan " + ids.get(i) + " already published");
                return ids.get(i);
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            stack.delete(stack.plan + "/api/plans/" + ids.get(i), token); // a draft left by an interrupted run
        }
        BenchRun.say("reports: importing and publishing the " + TASKS + "-task plan");
        List<String[]> fields = List.of(
                new String[] {"year", String.valueOf(YEAR)},
                new String[] {"regionCode", REGION},
                new String[] {"regionName", "基准测试市"},
                new String[] {"title", TITLE});
        String draft = ok(stack.postMultipart(
                stack.plan + "/api/plans/import",
                token,
                fields,
                "bench-reports.txt",
                planText().getBytes(StandardCharsets.UTF_8)));
        String id = BenchJson.planId(draft);
        ok(stack.postJson(stack.plan + "/api/plans/" + id + "/publish", token, "{\"defaultDeadline\":\"年底前\"}"));
        return id;
    }

    /** Reports on three in four assignments (half COMPLETED with evidence, half IN_PROGRESS) unless already done. */
    private void ensureProgress(String plan) throws Exception {
        String summary = summary(plan);
        if (BenchJson.number(summary, "assignmentsByStatus", "NOT_STARTED") <= ASSIGNMENTS / 4) {
            BenchRun.say("reports: progress already reported");
            return;
        }
        List<String> assignments = assignments(plan);
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            if (i % 4 != 3) {
                reports.add(report(assignments.get(i), i % 2 == 0));
            }
        }
        BenchRun.say("reports: pushing " + reports.size() + " progress reports");
        for (int from = 0; from < reports.size(); from += 500) {
            String body = "{\"reports\":["
                    + String.join(",", reports.subList(from, Math.min(reports.size(), from + 500))) + "]}";
            ok(stack.postJson(stack.assignment + "/api/progress/batch", token, body));
        }
        awaitSummary(plan, s -> BenchJson.number(s, "assignmentsByStatus", "NOT_STARTED") <= ASSIGNMENTS / 4);
    }

    private List<String> assignments(String plan) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            String answer = ok(
                    stack.get(stack.assignment + "/api/assignments?size=500&planId=" + plan + "&page=" + page, token));
            List<String> found = DemoAssignments.ids(answer);
            ids.addAll(found);
            if (found.size() < 500) {
                return ids;
            }
        }
    }

    private void awaitSummary(String plan, Predicate<String> done) throws Exception {
        long giveUp = System.nanoTime() + 120_000_000_000L;
        String summary = "";
        while (System.nanoTime() < giveUp) {
            HttpResponse<String> answer = stack.get(stack.reporting + "/api/reports/plans/" + plan + "/summary", token);
            summary = answer.body();
            if (answer.statusCode() == 200 && done.test(summary)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the read model did not catch up with plan " + plan + ": " + summary);
    }

    private String summary(String plan) throws Exception {
        return ok(stack.get(stack.reporting + "/api/reports/plans/" + plan + "/summary", token));
    }

    /** The directory file: one city department of region 349900 per row, numbered 0001 to 1000. */
    static String unitsCsv() {
        StringBuilder csv = new StringBuilder("id,name,aliases,kind,level,regionCode,parentId\n");
        for (int n = 1; n <= UNITS; n++) {
            csv.append(unitId(n))
                    .append(',')
                    .append(unitName(n))
                    .append(",,DEPARTMENT,CITY,")
                    .append(REGION)
                    .append(",\n");
        }
        return csv.toString();
    }

    /** 50 tasks of 40 units each; task t starts at unit 20(t-1)+1, so every unit appears in exactly two tasks. */
    static String planText() {
        StringBuilder text = new StringBuilder("工作任务 | 具体要求 | 责任单位 | 时限 |\n");
        for (int task = 1; task <= TASKS; task++) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < UNITS_PER_TASK; k++) {
                names.add(unitName(((task - 1) * 20 + k) % UNITS + 1));
            }
            text.append(task)
                    .append(".基准测试报表任务")
                    .append(task)
                    .append("，做好相关信息公开工作 | 及时更新政府网站专栏内容。 | ")
                    .append(names.get(0))
                    .append("牵头，")
                    .append(String.join("、", names.subList(1, names.size())))
                    .append("负责 | ")
                    .append(DEADLINES[task % DEADLINES.length])
                    .append(" |\n");
        }
        return text.toString();
    }

    static String unitId(int n) {
        return String.format("%s-bench-%04d", REGION, n);
    }

    static String unitName(int n) {
        return String.format("基准测试%04d局", n);
    }

    private static String report(String assignment, boolean completed) {
        return "{\"assignmentId\":\"" + assignment + "\",\"reportId\":\"bench-rep-" + assignment + "\",\"status\":\""
                + (completed ? "COMPLETED" : "IN_PROGRESS") + "\",\"summary\":\"基准测试进展\""
                + (completed ? ",\"evidence\":[\"" + EVIDENCE + assignment + ".html\"]" : ",\"percent\":50") + "}";
    }

    private static String ok(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }
}
