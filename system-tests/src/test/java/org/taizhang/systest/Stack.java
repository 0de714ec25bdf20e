package org.taizhang.systest;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.List;

/** Where the running local stack is: base URLs from the environment, with the defaults of deploy/local. */
public final class Stack {

    public static final String PLAN = url("TAIZHANG_PLAN_URL", "TAIZHANG_PLAN_PORT", 8081);
    public static final String ASSIGNMENT = url("TAIZHANG_ASSIGNMENT_URL", "TAIZHANG_ASSIGNMENT_PORT", 8082);
    public static final String REMINDER = url("TAIZHANG_REMINDER_URL", "TAIZHANG_REMINDER_PORT", 8083);
    public static final String REPORTING = url("TAIZHANG_REPORTING_URL", "TAIZHANG_REPORTING_PORT", 8084);
    /** The second reminder-service that {@code stack start reminder-service-2} runs for the two-instances test. */
    public static final String REMINDER_2 = url("TAIZHANG_REMINDER2_URL", "TAIZHANG_REMINDER2_PORT", 8093);

    /** The web console, which the browser tests walk (its pages need a login through Keycloak's form). */
    public static final String CONSOLE = url("TAIZHANG_CONSOLE_URL", "TAIZHANG_CONSOLE_PORT", 8080);

    public static final String KEYCLOAK = url("TAIZHANG_KEYCLOAK_URL", "TAIZHANG_KEYCLOAK_PORT", 8180);
    public static final String REALM = KEYCLOAK + "/realms/taizhang";

    /** Where reminder-service serves /q/* (the two-instances test reads its metrics). */
    public static final String REMINDER_MANAGEMENT = management("TAIZHANG_REMINDER_MANAGEMENT_URL", REMINDER);

    /** The four services by name, in deploy/local's order. */
    public static final List<Service> SERVICES = List.of(
            new Service("plan-service", PLAN, management("TAIZHANG_PLAN_MANAGEMENT_URL", PLAN)),
            new Service("assignment-service", ASSIGNMENT, management("TAIZHANG_ASSIGNMENT_MANAGEMENT_URL", ASSIGNMENT)),
            new Service("reminder-service", REMINDER, REMINDER_MANAGEMENT),
            new Service("reporting-service", REPORTING, management("TAIZHANG_REPORTING_MANAGEMENT_URL", REPORTING)));

    /** Where the second reminder-service serves /q/*. */
    public static final String REMINDER_2_MANAGEMENT = management("TAIZHANG_REMINDER2_MANAGEMENT_URL", REMINDER_2);

    static {
        RestAssured.config = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 10_000)
                        .setParam("http.socket.timeout", 60_000));
    }

    private Stack() {}

    /**
     * One service: its name, API base URL and management base URL (/q/health, /q/metrics, /q/openapi), which the
     * production profile serves on a port of its own.
     */
    public record Service(String name, String url, String management) {}

    /** A request to {@code base} as {@code account} (null: anonymous). */
    public static RequestSpecification as(String account, String base) {
        RequestSpecification spec = given().baseUri(base).urlEncodingEnabled(true);
        return account == null ? spec : spec.auth().oauth2(Tokens.of(account));
    }

    /** A unique suffix for the titles and ids this run creates, so that runs never meet each other's data. */
    public static String runId() {
        return Long.toString(System.currentTimeMillis(), 36) + Integer.toString((int) (Math.random() * 1296), 36);
    }

    /** The management URL from its variable, else the local stack's rule: the API port + 10000. */
    private static String management(String urlVariable, String api) {
        String url = System.getenv(urlVariable);
        if (url != null && !url.isBlank()) {
            return url.replaceAll("/$", "");
        }
        URI uri = URI.create(api);
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() + 10000);
    }

    private static String url(String urlVariable, String portVariable, int defaultPort) {
        String url = System.getenv(urlVariable);
        if (url != null && !url.isBlank()) {
            return url.replaceAll("/$", "");
        }
        String port = System.getenv(portVariable);
        return "http://127.0.0.1:" + (port == null || port.isBlank() ? defaultPort : Integer.parseInt(port.trim()));
    }
}
