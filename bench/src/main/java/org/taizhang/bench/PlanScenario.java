package org.taizhang.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plan-service timings: import of each sample document over HTTP, and publish of a 50-task plan to Kafka. */
public final class PlanScenario {

    private static final Pattern PLAN_ID =
            Pattern.compile("\"plan\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] UNITS = {"市发展改革委", "市财政局", "市教育局", "市民政局", "市生态环境局", "市卫生健康委", "市人力资源社会保障局"};

    private final StackClient stack;
    private final String token;

    public PlanScenario(StackClient stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    /** Imports the document the given number of times (each draft deleted again) and returns the latencies. */
    public Latencies imports(Path document, int times) throws Exception {
        byte[] content = Files.readAllBytes(document);
        Latencies latencies = new Latencies();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            String id = importDraft(document.getFileName().toString(), content);
            if (id == null) {
                latencies.error();
                continue;
            }
            latencies.add(System.nanoTime() - start);
            stack.delete(stack.plan + "/api/plans/" + id, token);
        }
        return latencies;
    }

    /** Imports and publishes generated 50-task plans; each sample is publish request → PlanPublished consumed. */
    public Latencies publishes(int times, String kafka) throws Exception {
        Latencies latencies = new Latencies();
        try (PublishedWatcher watcher = new PublishedWatcher(kafka)) {
            for (int i = 0; i < times; i++) {
                String id =
                        importDraft("bench-plan.txt", fiftyTasks().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (id == null) {
                    latencies.error();
                    continue;
                }
                long start = System.nanoTime();
                HttpResponse<String> answer = stack.postJson(
                        stack.plan + "/api/plans/" + id + "/publish", token, "{\"defaultDeadline\":\"年底前\"}");
                if (answer.statusCode() != 200 || !watcher.awaitPublished(id, Duration.ofSeconds(30))) {
                    latencies.error();
                    continue;
                }
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies;
    }

    private String importDraft(String fileName, byte[] content) throws Exception {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"year", "2026"});
        fields.add(new String[] {"regionCode", "341800"});
        fields.add(new String[] {"regionName", "宣城市"});
        HttpResponse<String> answer =
                stack.postMultipart(stack.plan + "/api/plans/import", token, fields, fileName, content);
        Matcher m = PLAN_ID.matcher(answer.body());
        return answer.statusCode() / 100 == 2 && m.find() ? m.group(1) : null;
    }

    /** A section-column table of 50 tasks, each led by one department with two others responsible. */
    static String fiftyTasks() {
        StringBuilder text = new StringBuilder("工作任务 | 具体要求 | 责任单位 |\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int task = 1; task <= 50; task++) {
            String section =
                    task % 10 == 1 ? "(" + "一二三四五".charAt(task / 10) + ")基准测试第" + (task / 10 + 1) + "部分 | " : "";
            text.append(section)
                    .append(task)
                    .append(".基准测试任务")
                    .append(run)
                    .append('-')
                    .append(task)
                    .append("，做好相关信息公开工作，及时更新政府网站专栏内容。 | ")
                    .append(UNITS[task % UNITS.length])
                    .append("牵头，")
                    .append(UNITS[(task + 1) % UNITS.length])
                    .append("、")
                    .append(UNITS[(task + 3) % UNITS.length])
                    .append("负责 |\n");
        }
        return text.toString();
    }
}
