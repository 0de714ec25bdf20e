package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.taizhang.assignment.PlanFixture.group;
import static org.taizhang.assignment.PlanFixture.inTx;
import static org.taizhang.assignment.PlanFixture.mention;
import static org.taizhang.assignment.PlanFixture.task;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.assignment.directory.UnitKind;
import org.taizhang.assignment.directory.UnitLevel;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class PendingTest {

    private static final String CITY = "349400";

    @Inject
    PlanFixture fixture;

    private String planId;
    /** A name no directory knows; fresh per test because one test teaches it to the directory. */
    private String unknownName;

    @BeforeEach
    void plan() {
        unknownName = "市大数据中心" + UUID.randomUUID().toString().substring(0, 6);
        fixture.unit("t-3494-fgw", "癸市发展和改革委员会", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY);
        fixture.unit("t-3494-czj", "癸市财政局", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY);
        fixture.unit("t-3494-sjj", "癸市数据资源管理局", UnitKind.DEPARTMENT, UnitLevel.CITY, CITY);
        planId = fixture.publish(
                CITY,
                2026,
                List.of(task(
                        "1",
                        PlanFixture.YEAR_END,
                        mention("癸市发展和改革委员会", UnitRole.LEAD),
                        group("市直有关部门", UnitRole.RESPONSIBLE, true),
                        mention(unknownName, UnitRole.SUPPORTING))));
    }

    @Test
    void shouldAssignTheUnitsTheOfficeChoosesForAnAmbiguousGroup() {
        String item = openItem("市直有关部门");

        resolve(TestTokens.office(), item, Map.of("unitIds", List.of("t-3494-czj", "t-3494-sjj")))
                .statusCode(200)
                .body("unitId", equalTo(List.of("t-3494-czj", "t-3494-sjj")))
                .body("role", equalTo(List.of("RESPONSIBLE", "RESPONSIBLE")));

        assertThat(inTx(() -> Assignment.count("planId", planId))).isEqualTo(3);
        resolve(TestTokens.office(), item, Map.of("unitIds", List.of("t-3494-czj")))
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.auditor())
                .queryParam("planId", planId)
                .queryParam("status", "RESOLVED")
                .get("/api/pending")
                .then()
                .statusCode(200)
                .body("items[0].resolvedUnitIds", equalTo(List.of("t-3494-czj", "t-3494-sjj")))
                .body("items[0].resolvedBy", equalTo("office-clerk"));
    }

    @Test
    void shouldRememberTheNameOfAnUnknownUnitWhenAsked() {
        String item = openItem(unknownName);

        resolve(TestTokens.office(), item, Map.of("unitIds", List.of("t-3494-sjj"), "rememberAlias", true))
                .statusCode(200)
                .body("role", equalTo(List.of("SUPPORTING")));

        assertThat(inTx(() -> Unit.<Unit>findById("t-3494-sjj").aliases)).contains(unknownName);
    }

    @Test
    void shouldRefuseUnknownUnitsAndCallersOtherThanTheOffice() {
        String item = openItem("市直有关部门");

        resolve(TestTokens.office(), item, Map.of("unitIds", List.of("t-3494-nope")))
                .statusCode(422)
                .body("errors", hasSize(1));
        resolve(TestTokens.office(), item, Map.of("unitIds", List.of())).statusCode(422);
        resolve(TestTokens.unit("t-3494-czj"), item, Map.of("unitIds", List.of("t-3494-czj")))
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.unit("t-3494-czj"))
                .get("/api/pending")
                .then()
                .statusCode(403);

        assertThat(inTx(() -> Assignment.count("planId", planId))).isEqualTo(1);
        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "省级单位，不在本市名录"))
                .post("/api/pending/" + item + "/dismiss")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("note", equalTo("省级单位，不在本市名录"));
    }

    private String openItem(String mention) {
        return given().auth()
                .oauth2(TestTokens.office())
                .queryParam("planId", planId)
                .queryParam("status", "OPEN")
                .get("/api/pending")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .extract()
                .path("items.find { it.mention == '" + mention + "' }.id");
    }

    private static ValidatableResponse resolve(String token, String item, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/pending/" + item + "/resolve")
                .then();
    }
}
