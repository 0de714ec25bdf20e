package org.taizhang.systest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bounded set of odd requests for one operation: each parameter given odd values, then odd bodies. */
public final class FuzzRequests {

    private static final int VALUES_PER_PARAMETER = 4;
    private static final int RANDOM_BODIES = 5;
    private static final String JSON = "application/json";
    private static final String MULTIPART = "multipart/form-data";

    private FuzzRequests() {}

    /**
     * One request: the URI to send (already percent-encoded), and either a body with its content type (both null: no
     * body) or multipart form parts (a part whose name ends in {@code @file} is sent as a file).
     */
    public record Request(String what, String uri, String contentType, byte[] body, Map<String, String> form) {

        static Request of(String what, String uri, String contentType, String body) {
            return new Request(
                    what, uri, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), null);
        }

        /** The request as a reader of a failure report sees it. */
        public String describe() {
            String sent = form != null
                    ? "form " + clip(form.toString())
                    : body == null ? "no body" : contentType + " " + clip(new String(body, StandardCharsets.UTF_8));
            return what + ": " + clip(uri) + " with " + sent;
        }
    }

    /** The odd requests for the operation, drawn from {@code odd}. */
    public static List<Request> of(OpenApiOperations.Operation operation, OddValues odd) {
        List<Request> requests = new ArrayList<>();
        Map<String, String> plain = new LinkedHashMap<>();
        operation.parameters().forEach(p -> {
            if (p.required()) {
                plain.put(p.name(), OddValues.plausible(p));
            }
        });
        Request harmless = harmlessBody(operation);
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            for (String value : odd.forParameter(parameter.kind(), VALUES_PER_PARAMETER)) {
                Map<String, String> values = new LinkedHashMap<>(plain);
                values.put(parameter.name(), value);
                requests.add(new Request(
                        parameter.in() + " " + parameter.name(),
                        uri(operation, values),
                        harmless.contentType(),
                        harmless.body(),
                        harmless.form()));
            }
        }
        String uri = uri(operation, plain);
        if (operation.body().isEmpty()) {
            requests.add(Request.of("unexpected body", uri, JSON, "{\"a\":"));
            return requests;
        }
        requests.add(Request.of("missing body", uri, null, null));
        requests.add(Request.of("wrong content type", uri, "application/xml", "<a>1</a>"));
        requests.add(Request.of("text for JSON", uri, "text/plain", "{}"));
        operation.body().forEach((type, properties) -> requests.addAll(bodies(type, properties, uri, odd)));
        return requests;
    }

    private static List<Request> bodies(
            String type, Map<String, OpenApiOperations.Kind> properties, String uri, OddValues odd) {
        List<Request> requests = new ArrayList<>();
        if (type.startsWith(MULTIPART)) {
            requests.add(new Request("no parts", uri, null, null, Map.of("unrelated", "x")));
            for (int i = 0; i < RANDOM_BODIES; i++) {
                Map<String, String> form = new LinkedHashMap<>();
                properties.forEach(
                        (name, kind) -> form.put("binary".equals(kind.format()) ? name + "@file" : name, odd.text()));
                requests.add(new Request("odd parts " + i, uri, null, null, form));
            }
            return requests;
        }
        if (!type.contains("json")) {
            requests.add(Request.of("empty " + type, uri, type, ""));
            requests.add(Request.of("odd " + type, uri, type, odd.text() + "\n" + odd.text()));
            requests.add(
                    new Request("invalid UTF-8 " + type, uri, type, new byte[] {(byte) 0xff, 0, (byte) 0xc0}, null));
            requests.add(
                    new Request("zip that is nothing " + type, uri, type, new byte[] {'P', 'K', 3, 4, 0, 0}, null));
            requests.add(Request.of("1 MB of one letter " + type, uri, type, "a".repeat(1 << 20)));
            return requests;
        }
        for (String body : List.of("", "null", "[]", "[{}]", "{", "\"x\"", "{}")) {
            requests.add(Request.of("body " + body, uri, type, body));
        }
        requests.add(Request.of("deep arrays", uri, type, "[".repeat(20_000) + "]".repeat(20_000)));
        requests.add(Request.of("deep objects", uri, type, "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)));
        requests.add(
                new Request("invalid UTF-8", uri, type, new byte[] {'{', '"', (byte) 0xff, '"', ':', '1', '}'}, null));
        for (int i = 0; i < RANDOM_BODIES; i++) {
            requests.add(Request.of("odd fields " + i, uri, type, odd.jsonObject(properties)));
        }
        requests.add(Request.of("list of odd objects", uri, type, "[" + odd.jsonObject(properties) + "]"));
        return requests;
    }

    /** What a body-taking operation gets while its parameters are fuzzed: a body that fails validation. */
    private static Request harmlessBody(OpenApiOperations.Operation operation) {
        if (operation.body().isEmpty()) {
            return Request.of("", "", null, null);
        }
        String type = operation.body().keySet().iterator().next();
        if (type.startsWith(MULTIPART)) {
            return new Request("", "", null, null, Map.of("unrelated", "x"));
        }
        return Request.of("", "", type, type.contains("json") ? "{}" : "not,a,document");
    }

    private static String uri(OpenApiOperations.Operation operation, Map<String, String> values) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (OpenApiOperations.Parameter parameter : operation.parameters()) {
            String value = values.get(parameter.name());
            if (parameter.in().equals("path")) {
                path = path.replace("{" + parameter.name() + "}", encode(value == null ? "st-fuzz-none" : value));
            } else if (value != null) {
                query.append(query.isEmpty() ? '?' : '&')
                        .append(encode(parameter.name()))
                        .append('=')
                        .append(encode(value));
            }
        }
        return path.replaceAll("\\{[^}]+}", "st-fuzz-none") + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " chars)";
    }
}
