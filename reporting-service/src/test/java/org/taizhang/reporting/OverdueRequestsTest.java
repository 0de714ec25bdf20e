package org.taizhang.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** What the overdue list refuses (bad sizes and cursors: 400 problems) and whom it narrows to their own. */
@QuarkusTest
class OverdueRequestsTest {

    private static final String PROBLEM = "application/problem+json";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private OverdueScenario scenario;
    private String next;

    @BeforeEach
    void plan() {
        scenario = new OverdueScenario(bootstrapServers);
        next = Api.office("/api/reports/overdue?planId={id}&size=2", scenario.plan.planId)
                .getString("next");
    }

    @Test
    void shouldRefuseASizeOutOfRange() {
        for (String size : List.of("0", "501", "-1", "many")) {
            Api.get(TestTokens.office(), "/api/reports/overdue?size={s}", size)
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("size"));
        }
        Api.get(TestTokens.office(), "/api/reports/overdue?planId={id}&size=500", scenario.plan.planId)
                .statusCode(200);
        Api.get(TestTokens.office(), "/api/reports/overdue?planId={id}", "p".repeat(201))
                .statusCode(400)
                .body("errors[0].field", equalTo("planId"));
    }

    @Test
    void shouldRefuseAMalformedChangedOrForeignCursor() {
        String text = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
        String changed = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.replace("-", "+").getBytes(StandardCharsets.UTF_8));
        for (String bad :
                List.of("%%%", "bm90LWEtY3Vyc29y", changed, next.substring(0, next.length() - 3), "A".repeat(2049))) {
            Api.get(TestTokens.office(), "/api/reports/overdue?planId={id}&after={a}", scenario.plan.planId, bad)
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("after"));
        }
    }

    @Test
    void shouldRefuseACursorSentWithOtherFilters() {
        Api.get(TestTokens.office(), "/api/reports/overdue?after={a}", next)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("other filters"));
        Api.get(
                        TestTokens.office(),
                        "/api/reports/overdue?planId={id}&regionCode=327501&after={a}",
                        scenario.plan.planId,
                        next)
                .statusCode(400)
                .contentType(PROBLEM);
        // a unit's own list is another list than the office's: the office's cursor does not continue it
        Api.get(
                        TestTokens.unit(scenario.cityA.id()),
                        "/api/reports/overdue?planId={id}&after={a}",
                        scenario.plan.planId,
                        next)
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void shouldPageUnitsAndCountySystemsThroughTheirOwnOnly() {
        String plan = "planId=" + scenario.plan.planId + "&size=2";

        List<String> unit = OverdueScenario.pages(TestTokens.unit(scenario.cityA.id()), plan).stream()
                .flatMap(p -> p.getList("items.unitId", String.class).stream())
                .toList();
        List<String> county = OverdueScenario.pages(TestTokens.integration(OverdueScenario.COUNTY), plan).stream()
                .flatMap(p -> p.getList("items.unitId", String.class).stream())
                .toList();

        assertThat(unit).containsOnly(scenario.cityA.id()).hasSize(3);
        assertThat(county)
                .containsOnly(scenario.county.id(), scenario.town.id())
                .hasSize(4);
        Api.get(TestTokens.unit(scenario.cityA.id()), "/api/reports/overdue?unitId={u}", scenario.cityB.id())
                .statusCode(403)
                .contentType(PROBLEM);
        Api.get(
                        TestTokens.integration(OverdueScenario.COUNTY),
                        "/api/reports/overdue?regionCode=" + OverdueScenario.CITY)
                .statusCode(403)
                .contentType(PROBLEM);
    }
}
