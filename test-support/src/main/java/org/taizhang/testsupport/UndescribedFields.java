package org.taizhang.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names every schema property and operation parameter of an OpenAPI document (as parsed JSON) that has no description.
 *
 * <p>A property is described when it carries a non-blank {@code description}. A property that only refers to another
 * schema ({@code $ref}, alone or as the sole kind of member of {@code allOf}/{@code anyOf}/{@code oneOf}) also counts
 * when every schema it refers to is described, since that description says what the field holds (an enum's meanings,
 * a nested record's purpose); an array property always needs its own. Properties of inline objects and array items are
 * followed, in components and in request and response bodies alike; a JSON body must have a schema.
 */
public final class UndescribedFields {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final List<String> COMBINERS = List.of("allOf", "anyOf", "oneOf");
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String PARAMETER_PREFIX = "#/components/parameters/";

    private final Map<String, Object> schemas;
    private final Map<String, Object> sharedParameters;
    private final List<String> missing = new ArrayList<>();

    private UndescribedFields(Map<String, Object> document) {
        Map<String, Object> components = map(document.get("components"));
        this.schemas = map(components.get("schemas"));
        this.sharedParameters = map(components.get("parameters"));
    }

    /** {@code Schema.property} for each undescribed field, {@code METHOD path parameter name} for each parameter. */
    public static List<String> in(Map<String, Object> document) {
        UndescribedFields walk = new UndescribedFields(document);
        walk.schemas.forEach((name, schema) -> walk.schema(name, map(schema)));
        map(document.get("paths")).forEach((path, item) -> walk.pathItem(path, map(item)));
        return walk.missing;
    }

    private void pathItem(String path, Map<String, Object> item) {
        parameters("* " + path, item);
        for (String method : METHODS) {
            Map<String, Object> operation = map(item.get(method));
            String where = method.toUpperCase() + " " + path;
            parameters(where, operation);
            bodies(where + " request", map(operation.get("requestBody")));
            map(operation.get("responses")).forEach((status, response) -> bodies(where + " " + status, map(response)));
        }
    }

    private void parameters(String where, Map<String, Object> owner) {
        for (Object each : list(owner.get("parameters"))) {
            Map<String, Object> parameter = resolved(map(each));
            if (isBlank(parameter.get("description"))) {
                missing.add(where + " parameter " + parameter.get("name") + " (" + parameter.get("in") + ")");
            }
        }
    }

    private Map<String, Object> resolved(Map<String, Object> parameter) {
        String ref = String.valueOf(parameter.get("$ref"));
        return ref.startsWith(PARAMETER_PREFIX)
                ? map(sharedParameters.get(ref.substring(PARAMETER_PREFIX.length())))
                : parameter;
    }

    /** A JSON body without a schema (examples only) would hide its fields from the contract, so it counts too. */
    private void bodies(String where, Map<String, Object> body) {
        map(body.get("content")).forEach((type, media) -> {
            Map<String, Object> schema = map(map(media).get("schema"));
            if (schema.isEmpty() && type.contains("json")) {
                missing.add(where + " " + type + " (no schema)");
            }
            nested(where + " " + type, schema);
        });
    }

    private void schema(String path, Map<String, Object> schema) {
        map(schema.get("properties")).forEach((name, value) -> {
            Map<String, Object> property = map(value);
            String field = path + "." + name;
            if (!described(property)) {
                missing.add(field);
            }
            nested(field, property);
        });
        nested(path + "[]", map(schema.get("items")));
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            nested(path + "{}", map(values));
        }
        for (String combiner : COMBINERS) {
            list(schema.get(combiner)).forEach(member -> nested(path, map(member)));
        }
    }

    /** Inline schemas are walked where they stand; a referenced one is walked once, under its own name. */
    private void nested(String path, Map<String, Object> schema) {
        if (!schema.isEmpty() && !schema.containsKey("$ref")) {
            schema(path, schema);
        }
    }

    private boolean described(Map<String, Object> property) {
        if (!isBlank(property.get("description"))) {
            return true;
        }
        List<Object> refs = new ArrayList<>();
        if (property.containsKey("$ref")) {
            refs.add(property.get("$ref"));
        }
        for (String combiner : COMBINERS) {
            for (Object member : list(property.get(combiner))) {
                Map<String, Object> schema = map(member);
                if (schema.containsKey("$ref")) {
                    refs.add(schema.get("$ref"));
                } else if (!"null".equals(schema.get("type"))) {
                    return false;
                }
            }
        }
        return !refs.isEmpty() && refs.stream().allMatch(this::refersToDescribed);
    }

    private boolean refersToDescribed(Object ref) {
        String name = String.valueOf(ref);
        return name.startsWith(REF_PREFIX)
                && !isBlank(
                        map(schemas.get(name.substring(REF_PREFIX.length()))).get("description"));
    }

    private static boolean isBlank(Object text) {
        return !(text instanceof String s) || s.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : List.of();
    }
}
