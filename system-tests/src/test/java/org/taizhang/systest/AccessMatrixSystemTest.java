package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every endpoint of every service × every kind of caller against the table in access-matrix.md. */
class AccessMatrixSystemTest {

    private static final String NOWHERE = "00000000-0000-4000-8000-00000000beef";
    private static final Set<String> NOT_SENT_WHEN_ALLOWED = Set.of("reporting-service POST /api/admin/rebuild");

    @Test
    void everyEndpointOfEveryServiceIsClassifiedInTheTable() {
        Set<String> published = new TreeSet<>();
        for (Stack.Service service : Stack.SERVICES) {
            Map<String, Map<String, Object>> paths = Stack.as(null, service.management())
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("paths");
            paths.forEach((path, operations) -> operations.keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                    .forEach(m -> published.add(service.name() + " " + m.toUpperCase() + " " + path)));
        }
        Set<String> classified =
                AccessMatrix.load().stream().map(AccessMatrix.Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(published)
                .as("endpoints in the services' OpenAPI but not in access-matrix.md (classify them)")
                .isSubsetOf(classified);
        assertThat(classified)
                .as("endpoints in access-matrix.md that no service has any more")
                .isSubsetOf(published);
    }

    @Test
    void everyCallerIsAllowedOrDeniedAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (AccessMatrix.Row row : AccessMatrix.load()) {
            String base = Stack.SERVICES.stream()
                    .filter(s -> s.name().equals(row.service()))
                    .findFirst()
                    .orElseThrow()
                    .url();
            for (int i = 0; i < AccessMatrix.CALLERS.size(); i++) {
                var caller = AccessMatrix.CALLERS.get(i);
                boolean allow = row.expected().get(i).equals("allow");
                if (allow && NOT_SENT_WHEN_ALLOWED.contains(row.key())) {
                    continue;
                }
                var response = request(row, base, caller.getValue().isEmpty() ? null : caller.getValue())
                        .request(row.method(), path(row.path()));
                int status = response.statusCode();
                String type = String.valueOf(response.contentType());
                boolean ok = allow
                        ? status != 401 && status != 403
                        : status == (caller.getKey().equals("anonymous") ? 401 : 403)
                                && type.startsWith("application/problem+json");
                checked++;
                if (!ok) {
                    wrong.add("%s as %s: expected %s, got %d %s"
                            .formatted(
                                    row.key(), caller.getKey(), row.expected().get(i), status, type));
                }
            }
        }
        assertThat(wrong)
                .as("access matrix: %d of %d checks differ from the table", wrong.size(), checked)
                .isEmpty();
    }

    /** A harmless request: no body for reads; for writes a body that fails validation if the role passes. */
    static RequestSpecification request(AccessMatrix.Row row, String base, String account) {
        RequestSpecification spec = Stack.as(account, base);
        if (row.path().endsWith("/plans/import")
                || (row.path().endsWith("/evidence") && row.method().equals("POST"))) {
            return spec.multiPart("note", "not a document");
        }
        if (row.path().endsWith("/units/import")) {
            return spec.contentType("text/csv").body("not,a,directory");
        }
        if (row.method().equals("POST") || row.method().equals("PUT")) {
            return spec.contentType("application/json").body("{}");
        }
        return spec;
    }

    static String path(String template) {
        return template.replace("{year}", "2026")
                .replace("{unitId}", "341899-nobody")
                .replace("{reportId}", "st-none")
                .replaceAll("\\{[^}]+}", NOWHERE);
    }
}
