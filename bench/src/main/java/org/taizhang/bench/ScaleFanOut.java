package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 50-task plan naming 2,000 of the province's units in each task, imported and published through plan-service:
 * the time from the publish request until assignment-service holds all 100,000 assignments, reminder-service has
 * planned a reminder for each and reporting-service's read model shows them (counted in each database). Then 2,000
 * progress reports on it through the batch API, so part of the seeded province went through the real services.
 * It is a plan of 2027, so the seeded year's figures do not move when the scenario runs again.
 */
final class ScaleFanOut {

    static final int TASKS = 50;
    static final int UNITS_PER_TASK = 2000;
    static final int ASSIGNMENTS = TASKS * UNITS_PER_TASK;
    private static final long GIVE_UP_NANOS = 600_000_000_000L;

    private final StackClient stack;
    private final String token;
    private final Psql psql;
    private final CpuMeter cpu;

    ScaleFanOut(StackClient stack, String token, Psql psql, CpuMeter cpu) {
        this.stack = stack;
        this.token = token;
        this.psql = psql;
        this.cpu = cpu;
    }

    void measure(BenchRun run) throws Exception {
        String title = "规模扇出测试2027年政务公开重点工作任务" + System.currentTimeMillis();
        BenchRun.say("scale: importing the 50-task plan that names 2,000 units per task");
        long importStart = System.nanoTime();
        HttpResponse<String> draft = stack.postMultipart(
                stack.plan + "/api/plans/import",
                token,
                List.of(
                        new String[] {"year", "2027"},
                        new String[] {"regionCode", ScaleFigures.PROVINCE},
                        new String[] {"regionName", "规模测试省"},
                        new String[] {"title", title}),
                "scale-fan-out.txt",
                planText().getBytes(StandardCharsets.UTF_8));
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        if (draft.statusCode() / 100 != 2) {
            run.add(failed("import answered " + draft.statusCode() + " "
                    + ScaleProbe.brief(draft.body().getBytes())));
            return;
        }
        String plan = BenchJson.planId(draft.body());
        BenchRun.say("scale: publishing plan " + plan);
        Map<String, Double> cpuBefore = cpu.snapshot();
        long start = System.nanoTime();
        HttpResponse<String> published =
                stack.postJson(stack.plan + "/api/plans/" + plan + "/publish", token, "{\"defaultDeadline\":\"年底前\"}");
        if (published.statusCode() / 100 != 2) {
            run.add(failed("publish answered " + published.statusCode() + " "
                    + ScaleProbe.brief(published.body().getBytes())));
            return;
        }
        String[] names = {"assignments", "reminders planned", "read model"};
        String[] counts = {
            "SELECT count(*) FROM assignment WHERE plan_id = '" + plan + "'",
            "SELECT count(*) FROM tracked_assignment WHERE plan_id = '" + plan + "' AND next_fire_at IS NOT NULL",
            "SELECT count(*) FROM assignment WHERE plan_id = '" + plan + "' AND created"
        };
        double[] seen = new double[3];
        long[] have = new long[3];
        // Each count at its own pace (ProbePace), over connections kept open: the probe runs on the PostgreSQL whose
        // CPU the figure names, and 100,000-row counts every half second, a connection each, were a part of it.
        long[] askedAt = {start, start, start};
        long[] due = {start, start, start};
        try (PsqlSession plans = psql.session(ScaleSeed.PLAN_DB);
                PsqlSession assignments = psql.session(ScaleSeed.ASSIGNMENT_DB);
                PsqlSession reminders = psql.session(ScaleSeed.REMINDER_DB);
                PsqlSession reporting = psql.session(ScaleSeed.REPORTING_DB)) {
            PsqlSession[] sessions = {assignments, reminders, reporting};
            while (System.nanoTime() - start < GIVE_UP_NANOS && (seen[0] == 0 || seen[1] == 0 || seen[2] == 0)) {
                String parked = parked(plans, assignments, plan);
                if (!parked.isEmpty()) {
                    run.add(failed(String.format("after %.1f s: %s", (System.nanoTime() - start) / 1e9, parked)));
                    return;
                }
                long next = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    if (seen[i] == 0 && System.nanoTime() >= due[i]) {
                        long before = have[i];
                        have[i] = sessions[i].count(counts[i]);
                        long now = System.nanoTime();
                        if (have[i] >= ASSIGNMENTS) {
                            seen[i] = (now - start) / 1e9;
                            BenchRun.say(String.format("scale: %s complete after %.1f s", names[i], seen[i]));
                        }
                        due[i] = now
                                + ProbePace.nextMillis(before, have[i], (now - askedAt[i]) / 1_000_000, ASSIGNMENTS)
                                        * 1_000_000;
                        askedAt[i] = now;
                    }
                    if (seen[i] == 0) {
                        next = Math.min(next, due[i]);
                    }
                }
                if (next != Long.MAX_VALUE) {
                    Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                }
            }
        }
        double all = Math.max(seen[0], Math.max(seen[1], seen[2]));
        // The reason for the time: what each process spent until the last count was complete (the counts included).
        String spent = CpuMeter.perUnit(cpuBefore, cpu.snapshot(), ASSIGNMENTS / 1000)
                .replace("CPU per request:", "CPU per 1,000 assignments:");
        String note = String.format(
                "assignments %s, reminders planned %s, read model %s; import of the 1 MB plan text %.1f s (not counted);"
                        + " %s",
                at(seen[0], have[0]), at(seen[1], have[1]), at(seen[2], have[2]), importSeconds, spent);
        if (seen[0] == 0 || seen[1] == 0 || seen[2] == 0) {
            run.add(failed("not complete after 600 s: " + note));
            return;
        }
        run.add(Figure.of("scale", "fan-out of 100,000 assignments visible everywhere", all, "s")
                .against("<= 60 s", all <= 60)
                .noting(note));
        report(run, plan);
    }

    /** 2,000 progress reports on the new plan through POST /api/progress/batch, four batches of 500. */
    private void report(BenchRun run, String plan) throws Exception {
        List<String> ids = List.of(psql.run(
                        ScaleSeed.ASSIGNMENT_DB,
                        "SELECT id FROM assignment WHERE plan_id = '" + plan + "' ORDER BY id LIMIT 2000")
                .split("\n"));
        Latencies latencies = new Latencies();
        String failure = null;
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> reports = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + 500))) {
                reports.add("{\"assignmentId\":\"" + id + "\",\"reportId\":\"scale-" + id
                        + "\",\"status\":\"IN_PROGRESS\",\"summary\":\"规模测试进展\",\"percent\":30}");
            }
            long start = System.nanoTime();
            HttpResponse<String> answer = stack.postJson(
                    stack.assignment + "/api/progress/batch",
                    token,
                    "{\"reports\":[" + String.join(",", reports) + "]}");
            if (answer.statusCode() / 100 == 2) {
                latencies.add(System.nanoTime() - start);
            } else {
                latencies.error();
                failure = "HTTP " + answer.statusCode() + " "
                        + ScaleProbe.brief(answer.body().getBytes());
            }
        }
        run.add(ScaleProbe.figure("progress batch of 500 on the fan-out plan", latencies, failure, 0, 0));
    }

    /** Why plan-service's or assignment-service's outbox parked an event of the plan (Kafka refuses it); "" if not. */
    private static String parked(PsqlSession plans, PsqlSession assignments, String plan) throws Exception {
        String sql = "SELECT event_type || ' parked: ' || park_reason FROM outbox_event WHERE parked_at IS NOT NULL"
                + " AND (record_key = '" + plan + "' OR payload LIKE '%" + plan
                + "%') AND created_at > now() - interval"
                + " '1 hour' LIMIT 1";
        String found = plans.run(sql);
        return found.isEmpty() ? assignments.run(sql) : found;
    }

    private static String at(double seconds, long count) {
        return seconds > 0 ? String.format("%.1f s", seconds) : String.format("%,d of %,d", count, ASSIGNMENTS);
    }

    private static Figure failed(String reason) {
        return Figure.of("scale", "fan-out of 100,000 assignments visible everywhere", 0, "s")
                .against("<= 60 s", false)
                .noting("failed: " + reason);
    }

    /** Task t names units 10k + t mod 10 (k < 2,000): the first leads, the others are responsible. */
    static String planText() {
        StringBuilder text = new StringBuilder("工作任务 | 具体要求 | 责任单位 | 时限 |\n");
        for (int task = 1; task <= TASKS; task++) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < UNITS_PER_TASK; k++) {
                names.add(String.format("规模测试%05d局", 10 * k + (task - 1) % 10 + 1));
            }
            text.append(task)
                    .append(".规模扇出任务")
                    .append(task)
                    .append("，做好政务公开专栏信息发布 | 及时更新政府网站专栏内容。 | ")
                    .append(names.get(0))
                    .append("牵头，")
                    .append(String.join("、", names.subList(1, names.size())))
                    .append("负责 | 年底前 |\n");
        }
        return text.toString();
    }
}
