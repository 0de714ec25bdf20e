package org.taizhang.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.console.Samples.PLAN_ID;
import static org.taizhang.console.UpstreamServices.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.taizhang.testsupport.TestTokens;

/** When reminders go out: the default policy as a form, and a plan's own policy where the office sets one. */
@QuarkusTest
class ReminderPolicyPagesTest {

    private static final String DEFAULT = "/api/reminder-policies/default";
    private static final String PLAN_POLICY = "/api/reminder-policies/plans/" + PLAN_ID;

    @BeforeEach
    void builtInDefault() {
        UpstreamServices.reset();
        UpstreamServices.answer("GET", DEFAULT, json(OfficeSamples.policy(null, true)));
        UpstreamServices.answer(
                "GET",
                "/api/reminder-policies",
                json("[" + OfficeSamples.policy(null, true) + "," + OfficeSamples.policy(PLAN_ID, false) + "]"));
        UpstreamServices.answer("GET", "/api/plans/" + PLAN_ID, json(Samples.plan("PUBLISHED")));
    }

    @Test
    void shouldShowTheDefaultPolicyInItsFormAndThePlansWithTheirOwn() {
        String token = TestTokens.office();
        String page = Browser.as(token)
                .get("/reminders")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(UpstreamServices.calls("GET", DEFAULT).get(0).authorization())
                .isEqualTo("Bearer " + token);
        assertThat(page)
                .contains(
                        "默认提醒规则", "系统内置规则", "value=\"10, 3\"", "id=\"onDueDay\" name=\"onDueDay\" value=\"on\" checked")
                .contains("<option value=\"MONTHLY\" selected>每月</option>", "value=\"Asia/Shanghai\"")
                .contains("/plans/" + PLAN_ID + "/reminder-policy", "共 1 个方案");
    }

    @Test
    void shouldSendTheDefaultPolicyWithAnUntickedBoxAsFalse() {
        UpstreamServices.answer("PUT", DEFAULT, json(OfficeSamples.policy(null, false)));

        Response saved = policy(Browser.office(), "2", "9").post("/reminders/policy");

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith("/reminders?notice=saved");
        assertThat(UpstreamServices.calls("PUT", DEFAULT).get(0).text())
                .isEqualTo("{\"beforeDays\":[5,1],\"onDueDay\":false,\"overdueEveryDays\":3,\"leadUnitAfter\":2,"
                        + "\"officeAfter\":4,\"defaultCadence\":\"QUARTERLY\",\"periodicGraceDays\":10,\"localHour\":9,"
                        + "\"zone\":\"Asia/Shanghai\"}");
    }

    @Test
    void shouldShowTheServicesRuleBesideTheFieldsLabelWithItsStatus() {
        UpstreamServices.answer(
                "PUT",
                DEFAULT,
                json(
                        422,
                        Samples.problem(
                                422,
                                "The policy is not valid: 1 violation(s)",
                                "officeAfter",
                                "must not be below leadUnitAfter (5): escalation only climbs")));

        String page = policy(Browser.office(), "5", "9")
                .post("/reminders/policy")
                .then()
                .statusCode(422)
                .extract()
                .asString();

        assertThat(page)
                .contains("未能保存", "催办牵头单位至第几次：must not be below leadUnitAfter (5)")
                .contains("id=\"leadUnitAfter\" name=\"leadUnitAfter\" required min=\"0\" max=\"60\" value=\"5\"");
    }

    @Test
    void shouldRefuseAnHourOrADayCountOutOfRangeBeforeCallingTheService() {
        String page = policy(Browser.office(), "2", "25")
                .post("/reminders/policy")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        Browser.office()
                .formParam("beforeDays", "5, 0")
                .post("/reminders/policy")
                .then()
                .statusCode(400);

        assertThat(page).contains("发送时刻应为 0–23 的整数");
        assertThat(UpstreamServices.calls("PUT", DEFAULT)).isEmpty();
    }

    @Test
    void shouldStartAPlansPolicyFromTheDefaultWhileThePlanHasNone() {
        UpstreamServices.answer("GET", PLAN_POLICY, json(404, "{\"title\":\"Not Found\",\"status\":404}"));

        String page = Browser.office()
                .get("/plans/" + PLAN_ID + "/reminder-policy")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(page)
                .contains("2026年宣城市政务公开重点工作任务分工", "本方案沿用", "value=\"10, 3\"")
                .doesNotContain("恢复使用默认规则");
    }

    @Test
    void shouldSetAndResetAPlansOwnPolicy() {
        UpstreamServices.answer("PUT", PLAN_POLICY, json(201, OfficeSamples.policy(PLAN_ID, false)));
        UpstreamServices.answer(
                "DELETE", PLAN_POLICY, new UpstreamServices.Answer(204, "application/json", new byte[0], Map.of()));

        Response saved = policy(Browser.office(), "1", "9").post("/plans/" + PLAN_ID + "/reminder-policy");
        Response reset = Browser.office().post("/plans/" + PLAN_ID + "/reminder-policy/reset");

        assertThat(saved.header("Location")).endsWith("/plans/" + PLAN_ID + "/reminder-policy?notice=saved");
        assertThat(UpstreamServices.calls("PUT", PLAN_POLICY).get(0).text()).contains("\"leadUnitAfter\":1");
        assertThat(reset.header("Location")).endsWith("/plans/" + PLAN_ID + "/reminder-policy?notice=policy-reset");
        assertThat(UpstreamServices.calls("DELETE", PLAN_POLICY)).hasSize(1);
    }

    private static RequestSpecification policy(RequestSpecification browser, String leadUnitAfter, String hour) {
        return browser.formParam("beforeDays", "5，1")
                .formParam("overdueEveryDays", "3")
                .formParam("leadUnitAfter", leadUnitAfter)
                .formParam("officeAfter", "4")
                .formParam("defaultCadence", "QUARTERLY")
                .formParam("periodicGraceDays", "10")
                .formParam("localHour", hour)
                .formParam("zone", "Asia/Shanghai");
    }
}
