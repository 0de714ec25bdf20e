package org.taizhang.systest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.systest.Stack.as;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The working-day calendar of reminder-service: a weekend made a make-up workday for a test, and put back after. */
public final class Calendars {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Calendars() {}

    /** A test body that may throw. */
    public interface Body {
        void run() throws Exception;
    }

    /**
     * Runs {@code body} on a working day: deadline reminders fire on working days only. A calendar change reschedules
     * every tracked assignment of the stack, so only on a stack the tests own (the faults' switch) does a weekend
     * become a make-up day (put back afterwards); otherwise the test is skipped on a day off.
     */
    public static void onAWorkingDay(Body body) throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Object> original = null;
        if (!workingDay(today)) {
            Assumptions.assumeTrue(
                    "true".equals(System.getenv("TAIZHANG_SYSTEST_FAULTS"))
                            && today.getDayOfWeek().getValue() >= 6,
                    "today (" + today
                            + ", Asia/Shanghai) is no working day and the calendar is not the tests' to change");
            original = makeUpWorkday(today);
        }
        try {
            body.run();
        } finally {
            if (original != null) {
                restore(original);
            }
        }
    }

    private static boolean workingDay(LocalDate day) {
        List<Map<String, Object>> days = as(Tokens.OFFICE, Stack.REMINDER)
                .get("/api/calendar/" + day.getYear())
                .then()
                .statusCode(200)
                .extract()
                .path("days");
        return days.stream()
                .filter(d -> day.toString().equals(d.get("date")))
                .anyMatch(d -> Boolean.TRUE.equals(d.get("workingDay")));
    }

    /** Makes {@code day} (a weekend day) a make-up workday; returns the year's arrangement as it was, for restore. */
    public static Map<String, Object> makeUpWorkday(LocalDate day) {
        Map<String, Object> current = as(Tokens.OFFICE, Stack.REMINDER)
                .get("/api/calendar/" + day.getYear())
                .then()
                .statusCode(200)
                .extract()
                .path("$");
        Map<String, Object> original = upload(current);
        Map<String, Object> changed = new LinkedHashMap<>(original);
        List<Object> makeUp = new ArrayList<>((List<?>) original.get("makeUpWorkdays"));
        makeUp.add(day.toString());
        changed.put("makeUpWorkdays", makeUp);
        put(changed, "calendar with " + day + " as a make-up workday");
        return original;
    }

    public static void restore(Map<String, Object> original) {
        put(original, "calendar restored");
    }

    private static Map<String, Object> upload(Map<String, Object> view) {
        Map<String, Object> upload = new LinkedHashMap<>();
        upload.put("year", view.get("year"));
        upload.put("source", view.get("source"));
        upload.put("holidays", view.get("holidays"));
        upload.put("makeUpWorkdays", view.get("makeUpWorkdays"));
        return upload;
    }

    private static void put(Map<String, Object> body, String step) {
        var response = as(Tokens.OFFICE, Stack.REMINDER)
                .contentType("application/json")
                .body(body)
                .put("/api/calendar/" + body.get("year"));
        assertThat(response.statusCode())
                .as("%s: %s", step, response.asString())
                .isEqualTo(200);
    }
}
