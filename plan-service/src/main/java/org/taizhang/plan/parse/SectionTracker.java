package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;

/** Keeps the section path while rows are read; a heading repeated after a page break continues its section. */
final class SectionTracker {

    private String top;
    private String second;

    /** Enters the section a heading names (text without 一、/（一） numbering counts as top level). */
    boolean enter(String heading) {
        String title = SectionHeadings.title(heading);
        int level = SectionHeadings.level(title);
        if (level <= 1) {
            if (same(top, title)) {
                return false;
            }
            top = title;
            second = null;
            return true;
        }
        if (same(second, title)) {
            return false;
        }
        second = title;
        return true;
    }

    List<String> path() {
        List<String> path = new ArrayList<>(2);
        if (top != null) {
            path.add(top);
        }
        if (second != null) {
            path.add(second);
        }
        return List.copyOf(path);
    }

    boolean isCurrent(String heading) {
        String title = SectionHeadings.title(heading);
        return same(top, title) || same(second, title);
    }

    private static boolean same(String current, String title) {
        return current != null && SectionHeadings.key(current).equals(SectionHeadings.key(title));
    }
}
