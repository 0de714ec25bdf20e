package org.taizhang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the console as a browser is: the console sends them to Keycloak's login form, the form's
 * post comes back with a code, and the console's session cookie rides on every later page.
 */
final class ConsoleSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    final String console = StackClient.env("TAIZHANG_CONSOLE_URL", "http://127.0.0.1:8080");
    private final HttpClient browser = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new LocalCookies())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Signs in through the login form; fails unless the console's start page comes back. */
    static ConsoleSession signIn(String user) throws IOException, InterruptedException {
        ConsoleSession session = new ConsoleSession();
        HttpResponse<String> login = session.get("/");
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (!form.find()) {
            throw new IllegalStateException("the console did not lead to Keycloak's login form: " + login.uri());
        }
        String action = form.group(1).replace("&amp;", "&");
        String credentials = "username=" + encode(user) + "&password=" + encode(user) + "&credentialId=";
        HttpResponse<String> home = session.browser.send(
                HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(session.console)) {
            throw new IllegalStateException(
                    "signing in as " + user + " ended at " + home.uri() + " with " + home.statusCode());
        }
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create(console + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
