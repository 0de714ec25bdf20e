package org.taizhang.systest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of a service's OpenAPI document: method, path, parameters and the body they take. */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiOperations() {}

    /** A value's kind as the document declares it: type (string, integer, …), format and allowed values. */
    public record Kind(String type, String format, List<String> allowed) {

        static final Kind TEXT = new Kind("string", null, List.of());
    }

    /** One path or query parameter. */
    public record Parameter(String name, String in, boolean required, Kind kind) {}

    /** One operation; {@code body} maps each media type it takes to the properties of its schema (maybe none). */
    public record Operation(
            String service,
            String base,
            String method,
            String path,
            List<Parameter> parameters,
            Map<String, Map<String, Kind>> body) {

        public String key() {
            return service + " " + method + " " + path;
        }
    }

    /** Every operation of the service, as its /q/openapi?format=json says. */
    public static List<Operation> of(Stack.Service service) {
        String text = Stack.as(null, service.management())
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(service.name() + ": unreadable OpenAPI document", e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                var op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(document, service, path.getKey(), op.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(
            JsonNode document, Stack.Service service, String path, String method, JsonNode node) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : node.path("parameters")) {
            String in = p.path("in").asText();
            if (in.equals("path") || in.equals("query")) {
                parameters.add(new Parameter(
                        p.path("name").asText(),
                        in,
                        p.path("required").asBoolean(in.equals("path")),
                        kind(document, p.path("schema"))));
            }
        }
        Map<String, Map<String, Kind>> body = new LinkedHashMap<>();
        node.path("requestBody").path("content").fields().forEachRemaining(content -> {
            JsonNode schema = resolve(document, content.getValue().path("schema"));
            Map<String, Kind> properties = new LinkedHashMap<>();
            schema.path("properties")
                    .fields()
                    .forEachRemaining(
                            property -> properties.put(property.getKey(), kind(document, property.getValue())));
            body.put(content.getKey(), properties);
        });
        return new Operation(service.name(), service.url(), method.toUpperCase(), path, parameters, body);
    }

    private static Kind kind(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        if (resolved.isMissingNode()) {
            return Kind.TEXT;
        }
        List<String> allowed = new ArrayList<>();
        resolved.path("enum").forEach(value -> allowed.add(value.asText()));
        String type = resolved.path("type").isArray()
                ? resolved.path("type").get(0).asText()
                : resolved.path("type").asText("string");
        return new Kind(type, resolved.path("format").asText(null), allowed);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String ref = current.path("$ref").asText();
            current = document.at(ref.substring(1));
        }
        if (current.has("allOf") && current.path("allOf").size() > 0) {
            return resolve(document, current.path("allOf").get(0));
        }
        return current;
    }
}
