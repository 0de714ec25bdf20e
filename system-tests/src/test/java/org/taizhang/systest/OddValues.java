package org.taizhang.systest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Wrong, huge, negative, control-character and over-long values for parameters and body fields, from a seed. */
public final class OddValues {

    /** Text that no parameter of any kind should turn into a 5xx. */
    private static final List<String> TEXT = List.of(
            "",
            " ",
            "abc",
            "-1",
            "0",
            "1.5",
            "2147483648",
            "-2147483649",
            "99999999999999999999999",
            "1e309",
            "NaN",
            "0x1F",
            "maybe",
            "NOPE",
            "null",
            "a\u0000b",
            "\r\n",
            "\t",
            "\u007f",
            "\u0085",
            "%",
            "%00",
            "'; drop table x; --",
            "../../etc/passwd",
            "😀\u202e字",
            "2026-13-45",
            "00000000-0000-0000-0000-000000000000",
            "x".repeat(300),
            "字".repeat(1500),
            "y".repeat(9000));

    /** JSON values to put where a body field goes. */
    private static final List<String> JSON = List.of(
            "null",
            "-1",
            "0",
            "2147483648",
            "-99999999999999999999",
            "1e309",
            "0.5",
            "true",
            "[]",
            "{}",
            "[[[[[]]]]]",
            "\"\"",
            "\"NOPE\"",
            "\"a\\u0000b\"",
            "\"\\r\\n\\t\\u007f\"",
            "\"2026-13-45\"",
            "\"" + "字".repeat(20_000) + "\"",
            "[\"" + "x".repeat(3000) + "\"]",
            "{\"a\":{\"b\":[1,{\"c\":null}]}}");

    private final Random random;

    public OddValues(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} odd values for a parameter of this kind: the kind's own wrong values first, then random text. */
    public List<String> forParameter(OpenApiOperations.Kind kind, int count) {
        List<String> values = new ArrayList<>();
        if (!kind.allowed().isEmpty()) {
            values.add("NOPE");
            values.add(kind.allowed().get(0).toLowerCase(Locale.ROOT));
        }
        switch (kind.type()) {
            case "integer", "number" -> values.addAll(List.of("abc", "2147483648", "-1", "1.5"));
            case "boolean" -> values.addAll(List.of("maybe", "1"));
            default -> {
                if ("uuid".equals(kind.format())) {
                    values.add("not-a-uuid");
                }
            }
        }
        while (values.size() < count) {
            values.add(TEXT.get(random.nextInt(TEXT.size())));
        }
        return values.subList(0, count);
    }

    /** A value a required parameter that is not being fuzzed can take. */
    public static String plausible(OpenApiOperations.Parameter parameter) {
        OpenApiOperations.Kind kind = parameter.kind();
        if (!kind.allowed().isEmpty()) {
            return kind.allowed().get(0);
        }
        if (parameter.name().toLowerCase(Locale.ROOT).contains("year")) {
            return "2026";
        }
        return switch (kind.type()) {
            case "integer", "number" -> "1";
            case "boolean" -> "false";
            default -> "uuid".equals(kind.format()) ? "00000000-0000-4000-8000-00000000beef" : "st-fuzz-none";
        };
    }

    /** A JSON object with each of the properties set to a random odd value. */
    public String jsonObject(Map<String, OpenApiOperations.Kind> properties) {
        StringBuilder object = new StringBuilder("{");
        properties
                .keySet()
                .forEach(name -> object.append('"')
                        .append(name)
                        .append("\":")
                        .append(JSON.get(random.nextInt(JSON.size())))
                        .append(','));
        if (object.length() > 1) {
            object.setLength(object.length() - 1);
        }
        return object.append('}').toString();
    }

    /** One random odd text. */
    public String text() {
        return TEXT.get(random.nextInt(TEXT.size()));
    }
}
