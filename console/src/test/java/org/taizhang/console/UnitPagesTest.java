package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.OfficeSamples.UNIT_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The office keeps the unit directory: search it, add a unit, edit its aliases, remove it after asking. */
@QuarkusTest
class UnitPagesTest {

    private static final String UNIT = "/api/units/" + UNIT_ID;

    @BeforeEach
    void oneUnit() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", "/api/units", json(OfficeSamples.unitPage()));
        UpstreamServices.answer("GET", UNIT, json(OfficeSamples.unit()));
    }

    @Test
    void shouldSearchTheDirectoryLikeTheApiWithTheOfficesTokenAndKeepFiltersInLinks() {
        String token = TestTokens.office();
        String page = Browser.as(token)
                .get("/units?q=发改&regionCode=341800&kind=DEPARTMENT&level=CITY&page=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        UpstreamServices.Call call = UpstreamServices.calls("GET", "/api/units").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.query())
                .contains("q=%E5%8F%91%E6%94%B9", "regionCode=341800", "kind=DEPARTMENT", "level=CITY")
                .contains("page=1", "size=20");
        assertThat(page)
                .contains("宣城市发展和改革委员会", "市发改委、市发展改革委", "政府部门", "共 57 个单位", "第 2 / 3 页")
                .contains(
                        "/units?q=%E5%8F%91%E6%94%B9&amp;regionCode=341800&amp;kind=DEPARTMENT&amp;level=CITY&amp;page=2")
                .contains("/units/export?format=xlsx&amp;regionCode=341800");
    }

    @Test
    void shouldShowAUnitsAliasesOneALineForEditing() {
        String page = Browser.office()
                .get("/units/" + UNIT_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page).contains(">市发改委\n市发展改革委</textarea>", "value=\"341800-gov\"", "/units/341800-fgw/delete");
    }

    @Test
    void shouldSendTheEditedUnitWithItsAddressesIdAndAliasesAsAList() {
        UpstreamServices.answer("PUT", UNIT, json(OfficeSamples.unit()));

        Response saved = Browser.office()
                .formParam("id", "someone-else")
                .formParam("name", "宣城市发展和改革委员会")
                .formParam("aliases", "市发改委\r\n\r\n 市发展改革委 \n")
                .formParam("kind", "DEPARTMENT")
                .formParam("level", "CITY")
                .formParam("regionCode", "341800")
                .formParam("parentId", "")
                .post("/units/" + UNIT_ID);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/units/341800-fgw?notice=saved");
        assertThat(UpstreamServices.calls("PUT", UNIT).get(0).text())
                .isEqualTo("{\"id\":\"341800-fgw\",\"name\":\"宣城市发展和改革委员会\",\"aliases\":[\"市发改委\",\"市发展改革委\"],"
                        + "\"kind\":\"DEPARTMENT\",\"level\":\"CITY\",\"regionCode\":\"341800\",\"parentId\":null}");
    }

    @Test
    void shouldAddAUnitAndOpenIt() {
        UpstreamServices.answer("POST", "/api/units", json(201, OfficeSamples.unit()));

        Response created = Browser.office()
                .formParam("name", "宣城市发展和改革委员会")
                .formParam("aliases", "市发改委")
                .formParam("kind", "DEPARTMENT")
                .formParam("level", "CITY")
                .formParam("regionCode", "341800")
                .post("/units/new");

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.header("Location")).endsWith("/units/341800-fgw?notice=unit-created");
        assertThat(UpstreamServices.calls("POST", "/api/units").get(0).text())
                .contains("\"id\":null", "\"aliases\":[\"市发改委\"]", "\"regionCode\":\"341800\"");
    }

    @Test
    void shouldShowTheServicesRefusalBesideTheFormKeepingWhatWasTyped() {
        UpstreamServices.answer(
                "PUT",
                UNIT,
                json(
                        409,
                        "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Region 341800 already has a unit named 宣城市财政局\"}"));

        String page = Browser.office()
                .formParam("name", "宣城市财政局")
                .formParam("kind", "DEPARTMENT")
                .formParam("level", "CITY")
                .formParam("regionCode", "341800")
                .post("/units/" + UNIT_ID)
                .then()
                .statusCode(409)
                .extract()
                .asString();

        assertThat(page).contains("未能保存", "already has a unit named 宣城市财政局", "value=\"宣城市财政局\"");
    }

    @Test
    void shouldRefuseAUnitWithABadRegionOrNoNameBeforeCallingTheService() {
        String page = Browser.office()
                .formParam("name", "宣城市数据资源管理局")
                .formParam("kind", "DEPARTMENT")
                .formParam("level", "CITY")
                .formParam("regionCode", "34x")
                .post("/units/new")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        Browser.office()
                .formParam("kind", "DEPARTMENT")
                .post("/units/new")
                .then()
                .statusCode(400);
        Browser.office().get("/units/bad%20id").then().statusCode(400);
        Browser.office().get("/units?kind=CLUB").then().statusCode(400);

        assertThat(page).contains("区划代码应为 2–12 位数字", "value=\"宣城市数据资源管理局\"");
        assertThat(UpstreamServices.calls()).isEmpty();
    }

    @Test
    void shouldAskBeforeRemovingAUnitThenRemoveIt() {
        UpstreamServices.answer(
                "DELETE", UNIT, new UpstreamServices.Answer(204, "application/json", new byte[0], java.util.Map.of()));

        String asked = Browser.office()
                .get("/units/" + UNIT_ID + "/delete")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Response removed = Browser.office().post("/units/" + UNIT_ID + "/delete");

        assertThat(asked).contains("确定从单位名录中删除「宣城市发展和改革委员会」", "action=\"/units/341800-fgw/delete\"");
        assertThat(UpstreamServices.calls("DELETE", UNIT)).hasSize(1);
        assertThat(removed.statusCode()).isEqualTo(303);
        assertThat(removed.header("Location")).endsWith("/units?notice=unit-deleted");
    }

    @Test
    void shouldSayWhyAUnitCannotBeRemovedOnTheConfirmationPage() {
        UpstreamServices.answer(
                "DELETE",
                UNIT,
                json(409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Unit 341800-fgw has units under it\"}"));

        String page = Browser.office()
                .post("/units/" + UNIT_ID + "/delete")
                .then()
                .statusCode(409)
                .extract()
                .asString();

        assertThat(page).contains("未能删除", "has units under it", "确定删除");
    }
}
