package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "own only" cells of the matrix: a unit or county system that reaches for another's data gets a 403 problem. */
class OwnScopeSystemTest {

    @Test
    void unitsAndCountySystemsCannotReadOrReportOnOthersAssignmentsAndFigures() {
        String unitA = firstAssignment(Tokens.UNIT_A);
        String countyX = firstAssignment(Tokens.COUNTY_X);
        List<String> wrong = new ArrayList<>();
        for (String other : List.of(Tokens.UNIT_B, Tokens.COUNTY_Y)) {
            for (String id : List.of(unitA, countyX)) {
                expect403(wrong, other, Stack.ASSIGNMENT, "GET", "/api/assignments/" + id, null);
                expect403(wrong, other, Stack.ASSIGNMENT, "GET", "/api/assignments/" + id + "/audit", null);
                expect403(wrong, other, Stack.ASSIGNMENT, "POST", "/api/assignments/" + id + "/progress", "{}");
            }
            expect403(wrong, other, Stack.ASSIGNMENT, "GET", "/api/units/341800-fgw/ledger?year=2026", null);
            expect403(wrong, other, Stack.REPORTING, "GET", "/api/reports/units/341800-fgw/summary", null);
        }
        expect403(wrong, Tokens.UNIT_A, Stack.REPORTING, "GET", "/api/reports/units/341821-gov/summary", null);
        expect403(wrong, Tokens.UNIT_B, Stack.REMINDER, "GET", "/api/reminders?unitId=341800-fgw", null);
        expect403(wrong, Tokens.COUNTY_Y, Stack.REMINDER, "GET", "/api/reminders?regionCode=341821", null);
        expect403(
                wrong,
                Tokens.UNIT_B,
                Stack.REMINDER,
                "POST",
                "/api/subscriptions",
                "{\"unitId\":\"341800-fgw\",\"channel\":\"WEBHOOK\"}");
        assertThat(wrong)
                .as("reaching for others' data not refused with 403 problem+json")
                .isEmpty();
    }

    private static String firstAssignment(String account) {
        List<Map<String, Object>> items = Stack.as(account, Stack.ASSIGNMENT)
                .get("/api/assignments?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(items).as("%s has an assignment in the demo data", account).isNotEmpty();
        return (String) items.get(0).get("id");
    }

    private static void expect403(
            List<String> wrong, String account, String base, String method, String path, String body) {
        var spec = Stack.as(account, base);
        if (body != null) {
            spec = spec.contentType("application/json").body(body);
        }
        var response = spec.request(method, path);
        if (response.statusCode() != 403
                || !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            wrong.add("%s %s as %s: %d %s"
                    .formatted(method, path, account, response.statusCode(), response.contentType()));
        }
    }
}
