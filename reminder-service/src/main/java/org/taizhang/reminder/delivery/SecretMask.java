package org.taizhang.reminder.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Hides what the API and the delivery log must not show: a robot URL's key or access token (every query value) and
 * the middle digits of mobile numbers.
 */
public final class SecretMask {

    static final String HIDDEN = "***";

    private SecretMask() {}

    /** The URL with every query parameter's value replaced, e.g. {@code …/send?key=***}; null stays null. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        int fragment = url.indexOf('#', query);
        String params = fragment < 0 ? url.substring(query + 1) : url.substring(query + 1, fragment);
        List<String> masked = new ArrayList<>();
        for (String param : params.split("&", -1)) {
            int eq = param.indexOf('=');
            masked.add(eq < 0 ? param : param.substring(0, eq + 1) + HIDDEN);
        }
        return url.substring(0, query + 1) + String.join("&", masked);
    }

    /** Comma-separated mobile numbers with their middle four digits hidden: 138****5678. */
    public static String phones(String phones) {
        if (phones == null) {
            return null;
        }
        List<String> masked = new ArrayList<>();
        for (String phone : phones.split(",")) {
            String p = phone.trim();
            masked.add(p.length() < 8 ? HIDDEN : p.substring(0, p.length() - 8) + "****" + p.substring(p.length() - 4));
        }
        return String.join(",", masked);
    }
}
