package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/** Compares one imported task with its expectation, field by field, tolerant of how the same text is written. */
final class TaskComparison {

    /** Fields a task must get right; {@code titleStart} and {@code ambiguousUnits} are only reported. */
    static final List<String> STRICT_FIELDS = List.of(
            "number", "section", "deadlineRaw", "deadlineKind", "dueDate", "units", "leadUnits", "supportUnits");

    private TaskComparison() {}

    /** One field of one task that differs. */
    record Mismatch(int position, String field, Object expected, Object got) {

        boolean strict() {
            return STRICT_FIELDS.contains(field);
        }

        @Override
        public String toString() {
            return "task " + (position + 1) + " " + field + ": expected " + expected + ", got " + got;
        }
    }

    static List<Mismatch> compare(int position, CorpusExpectation.Task expected, ParsedTask got) {
        List<Mismatch> found = new ArrayList<>();
        Deadline deadline = got.deadline();
        check(
                found,
                position,
                "number",
                expected.number(),
                got.number(),
                Objects.equals(key(expected.number()), key(got.number())));
        check(
                found,
                position,
                "section",
                expected.sectionPath(),
                got.sectionPath(),
                keys(expected.sectionPath()).equals(keys(got.sectionPath())));
        check(
                found,
                position,
                "deadlineRaw",
                expected.deadlineRaw(),
                got.deadlineRaw(),
                Objects.equals(key(expected.deadlineRaw()), key(got.deadlineRaw())));
        String kind = deadline == null || deadline.kind() == null
                ? null
                : deadline.kind().name();
        check(
                found,
                position,
                "deadlineKind",
                expected.deadlineKind(),
                kind,
                Objects.equals(expected.deadlineKind(), kind));
        String due = deadline == null || deadline.dueDate() == null
                ? null
                : deadline.dueDate().toString();
        check(found, position, "dueDate", expected.dueDate(), due, Objects.equals(expected.dueDate(), due));
        List<String> units = names(got.units(), null);
        check(found, position, "units", expected.units(), units, sameUnits(expected.units(), units));
        List<String> leads = names(got.units(), UnitRole.LEAD);
        check(found, position, "leadUnits", expected.leadUnits(), leads, sameUnits(expected.leadUnits(), leads));
        List<String> supports = names(got.units(), UnitRole.SUPPORTING);
        check(
                found,
                position,
                "supportUnits",
                expected.supportUnits(),
                supports,
                sameUnits(expected.supportUnits(), supports));
        List<String> ambiguous = got.units().stream()
                .filter(UnitMention::ambiguous)
                .map(UnitMention::name)
                .toList();
        check(
                found,
                position,
                "ambiguousUnits",
                expected.ambiguousUnits(),
                ambiguous,
                sameUnits(expected.ambiguousUnits(), ambiguous));
        boolean titleStarts = expected.titleStart() == null
                || startsWith(got.title(), expected.titleStart())
                || startsWith(got.requirement(), expected.titleStart());
        check(found, position, "titleStart", expected.titleStart(), got.title(), titleStarts);
        return found;
    }

    /**
     * Whether our unit names are the expected ones: an expected {@code X等Y} (区发改委等相关区直部门) is our two
     * consecutive mentions X and Y, as the parser splits the 等-tail into a group mention of its own.
     */
    static boolean sameUnits(List<String> expected, List<String> got) {
        int g = 0;
        for (String unit : expected) {
            if (g < got.size() && key(unit).equals(key(got.get(g)))) {
                g++;
                continue;
            }
            int cut = unit.indexOf('等');
            if (cut > 0
                    && g + 1 < got.size()
                    && key(unit.substring(0, cut)).equals(key(got.get(g)))
                    && key(unit.substring(cut + 1)).equals(key(stripDeng(got.get(g + 1))))) {
                g += 2;
                continue;
            }
            return false;
        }
        return g == got.size();
    }

    /**
     * The text as compared: no whitespace, full-width brackets and punctuation as half-width, no trailing 。. Null
     * stays null.
     */
    static String key(String text) {
        if (text == null) {
            return null;
        }
        String key = text.replaceAll("[\\s\\u3000]+", "")
                .replace('（', '(')
                .replace('）', ')')
                .replace('，', ',')
                .replace('：', ':');
        while (key.endsWith("。")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static List<String> keys(List<String> texts) {
        return texts.stream().map(TaskComparison::key).toList();
    }

    private static String stripDeng(String name) {
        return name.startsWith("等") ? name.substring(1) : name;
    }

    private static boolean startsWith(String text, String start) {
        return text != null && key(text).startsWith(key(start));
    }

    private static List<String> names(List<UnitMention> units, UnitRole role) {
        return units.stream()
                .filter(u -> role == null || u.role() == role)
                .map(UnitMention::name)
                .toList();
    }

    private static void check(
            List<Mismatch> found, int position, String field, Object expected, Object got, boolean same) {
        if (!same) {
            found.add(new Mismatch(position, field, expected, got));
        }
    }
}
