package org.taizhang.console.view;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The console's own checks of what a page's address or form carries, before anything is sent on. */
public final class Inputs {

    /** The highest page number the services accept. */
    public static final int MAX_PAGE = 4_294_967;

    private Inputs() {}

    public static int page(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        return number("page", raw, 0, MAX_PAGE);
    }

    public static Optional<Integer> year(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(number("year", raw, 2000, 2100));
    }

    public static Optional<Integer> percent(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(number("完成百分比", raw, 0, 100));
    }

    /** A text field, trimmed; blank is absent; longer than {@code max} characters is refused. */
    public static Optional<String> text(String field, String raw, int max) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.codePointCount(0, value.length()) > max) {
            throw new BadInputException(field + "最多 " + max + " 个字");
        }
        return Optional.of(value);
    }

    /** One of a fixed set of codes, or absent. */
    public static Optional<String> choice(String field, String raw, java.util.Set<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        if (!allowed.contains(raw.strip())) {
            throw new BadInputException(field + "的取值无效");
        }
        return Optional.of(raw.strip());
    }

    /** The items of a field typed as a list: separated by spaces, line breaks or Chinese or Latin commas. */
    public static Stream<String> items(String raw) {
        return raw == null
                ? Stream.empty()
                : Arrays.stream(raw.split("[\\s,，、;；]+")).filter(item -> !item.isEmpty());
    }

    /** A whole number in a range, or absent. */
    public static Optional<Integer> integer(String field, String raw, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(number(field, raw, min, max));
    }

    /** A directory unit's id as tokens carry it (e.g. 341800-fgw), or absent. */
    public static Optional<String> unitId(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new BadInputException(field + "应为 1–64 位字母、数字或 . _ -，如 341800-fgw");
        }
        return Optional.of(value);
    }

    /** An administrative division code (行政区划代码), or absent. */
    public static Optional<String> regionCode(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (!value.matches("[0-9]{2,12}")) {
            throw new BadInputException(field + "应为 2–12 位数字，如 341800");
        }
        return Optional.of(value);
    }

    public static UUID id(String field, String raw) {
        try {
            return UUID.fromString(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(field + "不是有效的编号");
        }
    }

    private static int number(String field, String raw, int min, int max) {
        String value = raw.strip();
        if (value.length() > 10 || !value.chars().allMatch(Character::isDigit)) {
            throw new BadInputException(field + "应为 " + min + "–" + max + " 的整数");
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw new BadInputException(field + "应为 " + min + "–" + max + " 的整数");
        }
        return (int) parsed;
    }
}
