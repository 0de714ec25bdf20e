package org.taizhang.systest;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Bad bodies for the fuzzing tests: hand-picked ones, and seeded random mutations of a valid progress report. */
public final class BadInput {

    private BadInput() {}

    /** A named body. */
    public record Body(String name, byte[] bytes) {

        static Body of(String name, String text) {
            return new Body(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A GET of one service that must be a 400 problem: its path or query is odd. */
    public record Query(String service, String uri) {}

    /** Control characters in paths and query parameters, pages whose offset would overflow, values of a wrong kind. */
    public static List<Query> queries() {
        String plan = "plan-service";
        String assignment = "assignment-service";
        String reminder = "reminder-service";
        String reporting = "reporting-service";
        List<Query> queries = new ArrayList<>(List.of(
                new Query(reporting, "/dashboard/units/a%00b"),
                new Query(reporting, "/api/reports/plans/x%00/annual"),
                new Query(reporting, "/api/reports/overdue?unitId=a%00b"),
                new Query(plan, "/api/plans?q=a%00b"),
                new Query(plan, "/api/plans/a%0Db"),
                new Query(assignment, "/api/assignments?unitId=a%00b"),
                new Query(assignment, "/api/units?q=%C2%85"),
                new Query(reminder, "/api/reminders?unitId=a%1Fb"),
                new Query(plan, "/api/plans?q=%ff"),
                new Query(plan, "/api/plans?year=abc"),
                new Query(plan, "/api/plans?status=NOPE"),
                new Query(assignment, "/api/assignments?status=NOPE"),
                new Query(assignment, "/api/assignments?overdue=maybe"),
                new Query(assignment, "/api/units?kind=NOPE"),
                new Query(assignment, "/api/units/unit-fgw/ledger?year=abc"),
                new Query(reminder, "/api/reminders?status=NOPE"),
                new Query(reminder, "/api/deliveries?reminderId=not-a-uuid"),
                new Query(reporting, "/api/reports/plans?year=abc")));
        for (String[] list : List.of(
                new String[] {plan, "/api/plans"},
                new String[] {assignment, "/api/assignments"},
                new String[] {assignment, "/api/units"},
                new String[] {assignment, "/api/pending"},
                new String[] {reminder, "/api/reminders"},
                new String[] {reminder, "/api/deliveries"},
                new String[] {reminder, "/api/subscriptions"},
                new String[] {reporting, "/api/reports/plans"})) {
            queries.add(new Query(list[0], list[1] + "?page=21474837&size=100"));
            queries.add(new Query(list[0], list[1] + "?page=-1"));
        }
        return queries;
    }

    /** Bodies any JSON endpoint must refuse (or, item by item, reject) without a 5xx. */
    public static List<Body> json(int megabytes) {
        List<Body> bodies = new ArrayList<>();
        bodies.add(Body.of("not JSON", "{\"status\":"));
        bodies.add(Body.of("array for object", "[1,2,3]"));
        bodies.add(Body.of("wrong types", "{\"reportId\":5,\"status\":7,\"percent\":\"lots\",\"evidence\":\"x\"}"));
        bodies.add(Body.of("unknown field", "{\"reportId\":\"r\",\"status\":\"IN_PROGRESS\",\"bogus\":1}"));
        bodies.add(Body.of("missing fields", "{}"));
        bodies.add(Body.of("null", "null"));
        bodies.add(Body.of("deep arrays", "[".repeat(100_000) + "]".repeat(100_000)));
        bodies.add(Body.of("deep objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)));
        bodies.add(new Body("invalid UTF-8", concat("{\"reportId\":\"", new byte[] {(byte) 0xff, (byte) 0xfe}, "\"}")));
        bodies.add(new Body("overlong UTF-8", concat("{\"summary\":\"", new byte[] {(byte) 0xc0, (byte) 0xaf}, "\"}")));
        bodies.add(Body.of(
                megabytes + " MB summary",
                "{\"reportId\":\"big\",\"summary\":\"" + "a".repeat(megabytes << 20) + "\"}"));
        return bodies;
    }

    /** {@code head}, 20 MB of whitespace, {@code tail}: sent with no length, so only counting the bytes stops it. */
    public static InputStream chunked20Mb(String head, String tail) {
        return new SequenceInputStream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                new SequenceInputStream(
                        new InputStream() {
                            private int left = 20 << 20;

                            @Override
                            public int read() {
                                return left-- > 0 ? ' ' : -1;
                            }
                        },
                        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8))));
    }

    /** A batch of {@code count} empty reports: a few bytes each, each a whole object once parsed. */
    public static Body emptyReports(int count) {
        StringBuilder json = new StringBuilder(count * 3 + 16).append("{\"reports\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "{}" : ",{}");
        }
        return Body.of(count + " empty reports", json.append("]}").toString());
    }

    /** Webhook URLs aimed at the stack itself, its networks or a cloud's metadata service, however written. */
    public static List<String> internalWebhookTargets() {
        return List.of(
                "http://169.254.169.254/latest/meta-data/",
                "http://127.0.0.1:15432",
                "http://127.0.0.1:8083/api/me",
                "http://[::1]:8082",
                "http://[::ffff:127.0.0.1]:8082",
                "http://2130706433:8084",
                "http://0x7f000001:8084",
                "http://0177.0.0.1:8084",
                "http://0.0.0.0:9092",
                "http://10.0.0.1/hook",
                "http://192.168.1.1/hook",
                "http://100.64.0.1/hook",
                "http://[fd00:ec2::254]/latest/meta-data/",
                "http://localhost:8081/api/plans",
                "http://metadata.google.internal/computeMetadata/v1/");
    }

    /** {@code count} random mutations of a valid report (fields dropped, retyped, added, bytes broken), from a seed. */
    public static List<Body> mutations(long seed, int count, String validReport) {
        Random random = new Random(seed);
        String[] values = {"null", "1", "-1", "1e309", "true", "[]", "{}", "\"\"", "\"x\"", "\"\\u0000\"", "[[[]]]"};
        String[] fields = {"reportId", "status", "summary", "percent", "evidence", "reportedAt", "assignmentId", "zzz"};
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String field = fields[random.nextInt(fields.length)];
            String value = values[random.nextInt(values.length)];
            String body = switch (random.nextInt(3)) {
                case 0 ->
                    validReport.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", "\"" + field + "\":" + value);
                case 1 -> validReport.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*),?", "");
                default -> validReport.replaceFirst("\\{", "{\"" + field + random.nextInt(9) + "\":" + value + ",");
            };
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            bodies.add(new Body("mutation " + i + " of seed " + seed, bytes));
        }
        return bodies;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] c = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
