package org.taizhang.reporting.rest;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.platform.rest.Paging;

/**
 * Reads query parameters as text and checks them here, because JAX-RS answers a parameter it cannot convert with a
 * 404 and the client deserves a 400 that names the parameter.
 */
final class Params {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    /** The read model's id columns hold 200 characters. */
    static final int MAX_ID = 200;

    private Params() {}

    /** A plan year between 2000 and 2100, or null when not given. */
    static Integer year(String value) {
        Integer year = integer("year", value);
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw invalid("year", "year 须在 " + MIN_YEAR + "–" + MAX_YEAR + " 之间");
        }
        return year;
    }

    static int page(String value) {
        Integer page = integer("page", value);
        if (page != null && page < 0) {
            throw invalid("page", "page 不能为负数");
        }
        if (page != null && page > Paging.MAX_PAGE) {
            throw invalid("page", "page 不能大于 " + Paging.MAX_PAGE);
        }
        return page == null ? 0 : page;
    }

    static int size(String value, int max) {
        return size(value, max, Math.min(50, max));
    }

    /** A page size from 1 to {@code max}; {@code byDefault} when not given. */
    static int size(String value, int max, int byDefault) {
        Integer size = integer("size", value);
        if (size != null && (size < 1 || size > max)) {
            throw invalid("size", "size 须在 1–" + max + " 之间");
        }
        return size == null ? byDefault : size;
    }

    /** An id (a plan's UUID, a unit's directory id) of at most {@link #MAX_ID} characters, or null when blank. */
    static String id(String name, String value) {
        String id = text(value);
        if (id != null && id.length() > MAX_ID) {
            throw invalid(name, name + " 不能超过 " + MAX_ID + " 个字符");
        }
        return id;
    }

    /** An ISO date (2026-12-31), or null when not given. */
    static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, name + " 须为日期，如 2026-12-31");
        }
    }

    /** A region code, or null when not given. */
    static String region(String value) {
        if (blank(value)) {
            return null;
        }
        if (!RegionCodes.isValid(value)) {
            throw invalid("regionCode", "regionCode 须为行政区划代码，如 341800");
        }
        return value.strip();
    }

    /** Text, or null when blank. */
    static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    static ProblemException invalid(String field, String message) {
        return new ProblemException(
                Response.Status.BAD_REQUEST,
                "Invalid query parameter " + field,
                List.of(new Problem.Violation(field, message)));
    }

    private static Integer integer(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, name + " 须为整数");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
