package org.taizhang.assignment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

@QuarkusTest
class UnitDirectoryTest {

    /** The same small city before every test; adding it again is a harmless 409. */
    @BeforeEach
    void demoCity() {
        add(Map.of(
                "id", "t-3499-gov", "name", "测试市人民政府", "kind", "GOVERNMENT", "level", "CITY", "regionCode", "349900"));
        add(Map.of(
                "id", "t-3499-fgw",
                "name", "测试市发展和改革委员会",
                "aliases", List.of("市发改委"),
                "kind", "DEPARTMENT",
                "level", "CITY",
                "regionCode", "349900",
                "parentId", "t-3499-gov"));
        add(Map.of(
                "id",
                "t-349901-gov",
                "name",
                "甲县人民政府",
                "kind",
                "GOVERNMENT",
                "level",
                "COUNTY",
                "regionCode",
                "349901"));
    }

    @Test
    void shouldListTheUnitsInsideARegion() {
        given().auth()
                .oauth2(TestTokens.unit("t-3499-fgw"))
                .queryParam("regionCode", "349900")
                .get("/api/units")
                .then()
                .statusCode(200)
                .body("items.id", hasItems("t-3499-gov", "t-3499-fgw", "t-349901-gov"));
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("regionCode", "349901")
                .get("/api/units")
                .then()
                .body("items.id", hasItem("t-349901-gov"))
                .body("items.id", not(hasItem("t-3499-fgw")));
    }

    @Test
    void shouldResolveAnAbbreviationThroughTheCatalogue() {
        given().auth()
                .oauth2(TestTokens.integration("349901"))
                .queryParam("name", "市发展改革委")
                .queryParam("regionCode", "349900")
                .get("/api/units/resolve")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("FOUND"))
                .body("unit.id", equalTo("t-3499-fgw"));
        given().auth()
                .oauth2(TestTokens.office())
                .queryParam("name", "市不存在局")
                .queryParam("regionCode", "349900")
                .get("/api/units/resolve")
                .then()
                .body("outcome", equalTo("UNKNOWN"));
    }

    @Test
    void shouldLetOnlyTheOfficeChangeTheDirectory() {
        Map<String, Object> unit =
                Map.of("name", "测试市财政局", "kind", "DEPARTMENT", "level", "CITY", "regionCode", "349900");
        for (String token :
                new String[] {TestTokens.unit("t-3499-fgw"), TestTokens.auditor(), TestTokens.integration("349901")}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(unit)
                    .post("/api/units")
                    .then()
                    .statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(unit)
                .post("/api/units")
                .then()
                .statusCode(401);
        given().get("/api/units").then().statusCode(401);
    }

    @Test
    void shouldRefuseADuplicateNameAnUnknownParentAndRemovingAParent() {
        add(Map.of("name", "测试市发展和改革委员会", "kind", "DEPARTMENT", "level", "CITY", "regionCode", "349900"))
                .statusCode(409)
                .contentType("application/problem+json");
        add(Map.of("name", "测试市审计局", "kind", "DEPARTMENT", "level", "CITY", "regionCode", "349900", "parentId", "nope"))
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/units/t-3499-gov")
                .then()
                .statusCode(409);
        given().auth().oauth2(TestTokens.office()).get("/api/units/nope").then().statusCode(404);
    }

    @Test
    void shouldEditAndRemoveAUnitRecordingWhoChangedIt() {
        String id = add(Map.of("name", "测试市统计局", "kind", "DEPARTMENT", "level", "CITY", "regionCode", "349900"))
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "测试市统计局",
                        "aliases",
                        List.of("市统计局"),
                        "kind",
                        "DEPARTMENT",
                        "level",
                        "CITY",
                        "regionCode",
                        "349900"))
                .put("/api/units/" + id)
                .then()
                .statusCode(200)
                .body("aliases", hasItem("市统计局"))
                .body("updatedBy", equalTo("office-clerk"));
        given().auth()
                .oauth2(TestTokens.office())
                .delete("/api/units/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.office())
                .get("/api/units/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldNameEveryInvalidField() {
        add(Map.of("id", "有 空格", "name", "", "regionCode", "x"))
                .statusCode(400)
                .body("errors.field", hasItems("id", "name", "kind", "level", "regionCode"));
    }

    private static ValidatableResponse add(Map<String, Object> unit) {
        return given().auth()
                .oauth2(TestTokens.office())
                .contentType(ContentType.JSON)
                .body(unit)
                .post("/api/units")
                .then();
    }
}
