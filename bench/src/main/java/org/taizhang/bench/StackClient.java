package org.taizhang.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The local stack as the bench sees it: service URLs, real Keycloak tokens, plain HTTP calls. */
public final class StackClient {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    final String plan = env("TAIZHANG_PLAN_URL", "http://127.0.0.1:" + env("TAIZHANG_PLAN_PORT", "8081"));
    final String assignment =
            env("TAIZHANG_ASSIGNMENT_URL", "http://127.0.0.1:" + env("TAIZHANG_ASSIGNMENT_PORT", "8082"));
    final String reminder = env("TAIZHANG_REMINDER_URL", "http://127.0.0.1:" + env("TAIZHANG_REMINDER_PORT", "8083"));
    final String reporting =
            env("TAIZHANG_REPORTING_URL", "http://127.0.0.1:" + env("TAIZHANG_REPORTING_PORT", "8084"));
    /** Where reminder-service serves /q/metrics: its management port, as in production never the API port. */
    final String reminderManagement = env("TAIZHANG_REMINDER_MANAGEMENT_URL", managementUrl(reminder));

    private final String realm =
            env("TAIZHANG_REALM_URL", "http://127.0.0.1:" + env("TAIZHANG_KEYCLOAK_PORT", "8180") + "/realms/taizhang");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** The local stack's rule (deploy/local/lib/common.sh): a service's management port is its API port + 10000. */
    static String managementUrl(String apiUrl) {
        URI api = URI.create(apiUrl);
        return api.getScheme() + "://" + api.getHost() + ":" + (api.getPort() + 10000);
    }

    /** A token for a demo user (password grant through the public CLI client). */
    public String userToken(String user) throws IOException, InterruptedException {
        return token("grant_type=password&client_id=taizhang-cli&username=" + user + "&password=" + user);
    }

    /** A token for a county system (client credentials). */
    public String clientToken(String client) throws IOException, InterruptedException {
        return token("grant_type=client_credentials&client_id=" + client + "&client_secret=" + client + "-demo-secret");
    }

    public HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(request(url, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose answer is kept as bytes (spreadsheets); {@code accept} may be null. */
    public HttpResponse<byte[]> getBytes(String url, String token, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(url, token).GET();
        return http.send(
                accept == null
                        ? builder.build()
                        : builder.header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of a body of the given content type (a CSV file, say). */
    public HttpResponse<String> post(String url, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(
                request(url, token)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String url, String token, String json)
            throws IOException, InterruptedException {
        return http.send(
                request(url, token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> delete(String url, String token) throws IOException, InterruptedException {
        return http.send(request(url, token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST with plain fields and one file part named "file". */
    public HttpResponse<String> postMultipart(
            String url, String token, List<String[]> fields, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(url, token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every value of a string field in a JSON text, in order (enough for ids in list answers). */
    public static List<String> values(String json, String field) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(json);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String token(String form) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !m.find()) {
            throw new IOException("Keycloak refused a token: " + answer.statusCode() + " " + answer.body());
        }
        return m.group(1);
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
