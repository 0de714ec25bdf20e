package org.taizhang.console.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** A list page's position and the links to its neighbours, keeping the list's filters in every link. */
public record Pager(String path, Map<String, String> filters, int page, int size, long total) {

    public static Pager of(String path, Map<String, String> filters, int page, int size, long total) {
        return new Pager(path, new LinkedHashMap<>(filters), page, size, total);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public int number() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public String previous() {
        return link(page - 1);
    }

    public String next() {
        return link(page + 1);
    }

    /** The current page's address, for forms that come back to it. */
    public String current() {
        return link(page);
    }

    String link(int target) {
        String address = address(path, filters);
        return address + (address.contains("?") ? "&" : "?") + "page=" + target;
    }

    /** An address with the filters that are set, e.g. for a download of what a list shows. */
    public static String address(String path, Map<String, String> filters) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
