package org.taizhang.systest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the running stack shows strangers: /q/* only on each service's management port, guarded dashboard pages, and a
 * realm that locks an account after repeated wrong passwords.
 */
class ExposureSystemTest {

    private static final List<String> TOOLING =
            List.of("/q/health/ready", "/q/metrics", "/q/openapi?format=json", "/q/swagger-ui/");
    /** A realm user without roles, kept for this test, so that locking it out disturbs no other test. */
    private static final String PROBE = "lockout-probe";

    @Test
    void healthMetricsAndOpenApiAreServedOnTheManagementPortOnly() {
        List<String> wrong = new ArrayList<>();
        for (Stack.Service service : Stack.SERVICES) {
            for (String path : TOOLING) {
                int onApi = Stack.as(null, service.url()).get(path).statusCode();
                int onManagement =
                        Stack.as(null, service.management()).get(path).statusCode();
                if (onApi != 404 || onManagement != 200) {
                    wrong.add("%s %s: %d on the API port, %d on the management port"
                            .formatted(service.name(), path, onApi, onManagement));
                }
            }
        }
        assertThat(wrong)
                .as("/q/* expected 404 on the API port, 200 on the management port")
                .isEmpty();
    }

    @Test
    void theDashboardForbidsScriptsFramingAndSniffing() {
        var page = Stack.as(null, Stack.REPORTING).accept("text/html").get("/dashboard");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void theRealmRefusesTheRightPasswordAfterARunOfWrongOnes() throws InterruptedException {
        for (int i = 0; i < 12; i++) {
            assertThat(login("wrong-" + i)).as("wrong password %d", i).isNotEqualTo(200);
        }
        Thread.sleep(2_000); // Keycloak records failures asynchronously
        assertThat(login(PROBE)).as("the right password after 12 wrong ones").isNotEqualTo(200);
    }

    private static int login(String password) {
        return given().baseUri(Stack.REALM)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password")
                .formParam("client_id", "taizhang-cli")
                .formParam("username", PROBE)
                .formParam("password", password)
                .post("/protocol/openid-connect/token")
                .statusCode();
    }
}
