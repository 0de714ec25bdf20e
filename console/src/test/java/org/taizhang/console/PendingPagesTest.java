package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.OfficeSamples.PENDING_ID;
import static org.taizhang.console.Samples.PLAN_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** The office settles the unit names a plan used that the directory could not: choose the units, or dismiss. */
@QuarkusTest
class PendingPagesTest {

    private static final String ITEM = "/api/pending/" + PENDING_ID;

    @BeforeEach
    void oneOpenName() {
        UpstreamServices.reset();
        UpstreamServices.answer(
                "GET",
                "/api/pending",
                json(OfficeSamples.pendingPage("AMBIGUOUS_NAME", "\"341800-fgw\",\"341800-czj\"")));
    }

    @Test
    void shouldListPendingNamesWithTheOfficesTokenAndKeepTheFiltersInEveryForm() {
        String token = TestTokens.office();
        String page = Browser.as(token)
                .get("/pending?planId=" + PLAN_ID + "&status=OPEN&page=1")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        UpstreamServices.Call call =
                UpstreamServices.calls("GET", "/api/pending").get(0);
        assertThat(call.authorization()).isEqualTo("Bearer " + token);
        assertThat(call.query()).contains("planId=" + PLAN_ID, "status=OPEN", "page=1", "size=20");
        assertThat(page)
                .contains("市发改委", "名称对应多个单位", "共 23 项", "第 2 / 2 页")
                .contains("name=\"unitIds\" value=\"341800-czj\"", "action=\"/pending/" + PENDING_ID + "/resolve\"")
                .contains("<input type=\"hidden\" name=\"planId\" value=\"" + PLAN_ID + "\">")
                .contains("<input type=\"hidden\" name=\"status\" value=\"OPEN\">")
                .contains("/units/resolve?name=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94");
    }

    @Test
    void shouldResolveWithTickedAndTypedUnitsAndReturnToTheSameFilteredPage() {
        UpstreamServices.answer("POST", ITEM + "/resolve", json("[" + Samples.assignment("341800-czj", "GREY") + "]"));

        Response resolved = Browser.office()
                .formParam("unitIds", "341800-czj")
                .formParam("unitIds", "341800-fgw，341800-czj  341800-sjj")
                .formParam("rememberAlias", "true")
                .formParam("planId", PLAN_ID)
                .formParam("status", "OPEN")
                .formParam("page", "1")
                .post("/pending/" + PENDING_ID + "/resolve");

        assertThat(resolved.statusCode()).isEqualTo(303);
        assertThat(resolved.header("Location"))
                .endsWith("/pending?planId=" + PLAN_ID + "&status=OPEN&page=1&notice=resolved");
        assertThat(UpstreamServices.calls("POST", ITEM + "/resolve").get(0).text())
                .isEqualTo("{\"unitIds\":[\"341800-czj\",\"341800-fgw\",\"341800-sjj\"],\"rememberAlias\":true}");
    }

    @Test
    void shouldShowTheServicesRefusalInTheItemsOwnRowKeepingWhatWasTyped() {
        UpstreamServices.answer(
                "POST",
                ITEM + "/resolve",
                json(422, Samples.problem(422, "invalid", "unitIds", "no unit 341800-xyz in the directory")));

        String page = Browser.office()
                .formParam("unitIds", "341800-xyz")
                .post("/pending/" + PENDING_ID + "/resolve")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        int row = page.indexOf("id=\"pending-" + PENDING_ID + "\"");
        assertThat(row).isPositive();
        assertThat(page.indexOf("no unit 341800-xyz in the directory", row)).isGreaterThan(row);
        assertThat(page).contains("value=\"341800-xyz\"");
    }

    @Test
    void shouldDismissWithTheOfficesNote() {
        UpstreamServices.answer(
                "POST", ITEM + "/dismiss", json("{\"id\":\"" + PENDING_ID + "\",\"status\":\"DISMISSED\"}"));

        Response dismissed =
                Browser.office().formParam("note", "省级单位，不在本市名录").post("/pending/" + PENDING_ID + "/dismiss");

        assertThat(dismissed.statusCode()).isEqualTo(303);
        assertThat(dismissed.header("Location")).endsWith("/pending?page=0&notice=dismissed");
        assertThat(UpstreamServices.calls("POST", ITEM + "/dismiss").get(0).text())
                .isEqualTo("{\"note\":\"省级单位，不在本市名录\"}");
    }

    @Test
    void shouldRefuseAChoiceWithoutUnitsOrWithABadIdBeforeCallingTheService() {
        String empty = Browser.office()
                .formParam("unitIds", " ")
                .post("/pending/" + PENDING_ID + "/resolve")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        String bad = Browser.office()
                .formParam("unitIds", "341800-fgw; <script>")
                .post("/pending/" + PENDING_ID + "/resolve")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(empty).contains("请选择或填写至少一个单位编号");
        assertThat(bad).contains("单位编号应为 1–64 位字母、数字或 . _ -").doesNotContain("<script>");
        assertThat(UpstreamServices.calls("POST", ITEM + "/resolve")).isEmpty();
    }

    @Test
    void shouldAnswerABadAddressWith400WithoutCallingTheService() {
        Browser.office().get("/pending?status=LOST").then().statusCode(400);
        Browser.office().get("/pending?planId=plan-1").then().statusCode(400);
        Browser.office()
                .formParam("unitIds", "341800-fgw")
                .post("/pending/42/resolve")
                .then()
                .statusCode(400);

        assertThat(UpstreamServices.calls()).isEmpty();
    }

    @Test
    void shouldLookANameUpInThePlansRegionAndOfferToChooseTheUnitFound() {
        UpstreamServices.answer("GET", "/api/plans/" + PLAN_ID, json(Samples.plan("PUBLISHED")));
        UpstreamServices.answer("GET", "/api/units/resolve", json(OfficeSamples.resolution()));

        String page = Browser.office()
                .get("/units/resolve?name=市发改委&planId=" + PLAN_ID + "&pending=" + PENDING_ID)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(UpstreamServices.calls("GET", "/api/units/resolve").get(0).query())
                .contains("name=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94", "regionCode=341800");
        assertThat(page)
                .contains("宣城市发展和改革委员会", "action=\"/pending/" + PENDING_ID + "/resolve\"")
                .contains("name=\"unitIds\" value=\"341800-fgw\"");
    }

    @Test
    void shouldAskForTheRegionBeforeLookingANameUp() {
        String page = Browser.office()
                .get("/units/resolve?name=市发改委&regionCode=34x")
                .then()
                .statusCode(400)
                .extract()
                .asString();

        assertThat(page).contains("地区代码应为 2–12 位数字", "value=\"市发改委\"");
        assertThat(UpstreamServices.calls()).isEmpty();
    }
}
