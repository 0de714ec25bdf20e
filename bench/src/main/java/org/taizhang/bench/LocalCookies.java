package org.taizhang.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for the local stack's plain-HTTP loopback: Chromium treats 127.0.0.1 as a secure context
 * and sends Keycloak's {@code Secure} cookies there, where Java's {@link CookieManager} would hold them back and the
 * login form's post would come without its session (400).
 */
final class LocalCookies extends CookieHandler {

    private final CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return jar.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        Map<String, List<String>> plain = responseHeaders.entrySet().stream()
                .filter(header -> header.getKey() != null)
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        header -> isSetCookie(header.getKey())
                                ? header.getValue().stream()
                                        .map(cookie -> cookie.replaceAll("(?i);\\s*Secure(?=;|$)", ""))
                                        .toList()
                                : header.getValue()));
        jar.put(uri, plain);
    }

    private static boolean isSetCookie(String name) {
        return name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase("Set-Cookie2");
    }
}
