package org.taizhang.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UndescribedFieldsTest {

    private static final Map<String, Object> TEXT = Map.of("type", "string", "description", "Some text");
    private static final Map<String, Object> BARE = Map.of("type", "string");

    @Test
    void shouldNameEachPropertyWithoutADescription() {
        var document = withSchemas(Map.of("Plan", object(Map.of("title", TEXT, "year", BARE, "note", blank()))));

        assertThat(UndescribedFields.in(document)).containsExactlyInAnyOrder("Plan.year", "Plan.note");
    }

    @Test
    void shouldAcceptAReferenceToADescribedSchemaAndRejectOneToAnUndescribedSchema() {
        var document = withSchemas(Map.of(
                "Task",
                object(Map.of(
                        "status", ref("Status"),
                        "deadline", ref("Deadline"),
                        "nullableStatus", Map.of("anyOf", List.of(ref("Status"), Map.of("type", "null"))),
                        "describedDeadline", Map.of("$ref", "#/components/schemas/Deadline", "description", "Due"))),
                "Status",
                Map.of("type", "string", "enum", List.of("OPEN"), "description", "OPEN: not done"),
                "Deadline",
                object(Map.of("date", TEXT))));

        assertThat(UndescribedFields.in(document)).containsExactly("Task.deadline");
    }

    @Test
    void shouldFollowInlineObjectsAndArrayItems() {
        var document = withSchemas(Map.of(
                "Page",
                object(Map.of(
                        "items",
                        Map.of("type", "array", "items", ref("Status")),
                        "totals",
                        Map.of(
                                "type", "array",
                                "description", "Per region",
                                "items", object(Map.of("region", BARE, "count", TEXT))))),
                "Status",
                Map.of("type", "string", "description", "A status")));

        assertThat(UndescribedFields.in(document)).containsExactlyInAnyOrder("Page.items", "Page.totals[].region");
    }

    @Test
    void shouldNameOperationParametersInlineBodyFieldsAndJsonBodiesWithoutASchema() {
        Map<String, Object> operation = Map.of(
                "parameters",
                List.of(
                        Map.of("name", "year", "in", "query", "description", "Plan year"),
                        Map.of("name", "page", "in", "query"),
                        Map.of("$ref", "#/components/parameters/Region")),
                "requestBody",
                Map.of("content", Map.of("multipart/form-data", Map.of("schema", object(Map.of("file", BARE))))),
                "responses",
                Map.of(
                        "200", Map.of("content", Map.of("application/json", Map.of("schema", ref("Status")))),
                        "404", Map.of("content", Map.of("application/problem+json", Map.of("example", "{}")))));
        var document = Map.<String, Object>of(
                "components",
                Map.of(
                        "schemas", Map.of("Status", Map.of("type", "string")),
                        "parameters", Map.of("Region", Map.of("name", "regionCode", "in", "query"))),
                "paths",
                Map.of(
                        "/api/plans",
                        Map.of("get", operation, "parameters", List.of(Map.of("name", "id", "in", "path")))));

        assertThat(UndescribedFields.in(document))
                .containsExactlyInAnyOrder(
                        "* /api/plans parameter id (path)",
                        "GET /api/plans parameter page (query)",
                        "GET /api/plans parameter regionCode (query)",
                        "GET /api/plans request multipart/form-data.file",
                        "GET /api/plans 404 application/problem+json (no schema)");
    }

    @Test
    void shouldFindNothingMissingInAFullyDescribedDocument() {
        var document = withSchemas(Map.of("Plan", object(Map.of("title", TEXT))));

        assertThat(UndescribedFields.in(document)).isEmpty();
    }

    private static Map<String, Object> withSchemas(Map<String, Object> schemas) {
        return Map.of("components", Map.of("schemas", schemas));
    }

    private static Map<String, Object> object(Map<String, Object> properties) {
        return Map.of("type", "object", "properties", properties);
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static Map<String, Object> blank() {
        return Map.of("type", "integer", "description", " ");
    }
}
