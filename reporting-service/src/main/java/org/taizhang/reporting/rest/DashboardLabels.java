package org.taizhang.reporting.rest;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.reporting.compute.Light;
import org.taizhang.reporting.compute.Percent;
import org.taizhang.reporting.compute.TaskOutcome;

/**
 * How the dashboard templates write enums, percentages and times in Chinese: {@code {f:status(a.status)}}. Functions
 * of a namespace rather than methods on the values, so that a null (no report yet) prints a dash instead of failing.
 */
@TemplateExtension(namespace = "f")
final class DashboardLabels {

    /** The reporting zone (taizhang.reporting.zone); read once, since extensions are static. */
    private static final ZoneId ZONE = ConfigProvider.getConfig()
            .getOptionalValue("taizhang.reporting.zone", String.class)
            .map(ZoneId::of)
            .orElse(ZoneId.of("Asia/Shanghai"));

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DashboardLabels() {}

    static String status(AssignmentStatus status) {
        if (status == null) {
            return "—";
        }
        return switch (status) {
            case NOT_STARTED -> "未启动";
            case IN_PROGRESS -> "推进中";
            case COMPLETED -> "已完成";
            case ONGOING -> "持续推进";
        };
    }

    static String role(UnitRole role) {
        if (role == null) {
            return "—";
        }
        return switch (role) {
            case LEAD -> "牵头";
            case RESPONSIBLE -> "责任";
            case SUPPORTING -> "配合";
        };
    }

    static String light(Light light) {
        if (light == null) {
            return "—";
        }
        return switch (light) {
            case GREEN -> "正常";
            case YELLOW -> "预警";
            case RED -> "逾期";
        };
    }

    static String outcome(TaskOutcome outcome) {
        return outcome == null ? "—" : outcome.label();
    }

    /** A percentage as the office writes it: 66.7%, 100%. */
    static String pct(Double value) {
        return value == null ? "—" : Percent.text(value) + "%";
    }

    /** An instant in the reporting zone, to the minute. */
    static String time(Instant instant) {
        return instant == null ? "—" : MINUTE.format(instant.atZone(ZONE));
    }

    static String day(LocalDate date) {
        return date == null ? "—" : date.toString();
    }

    /** The text as one URL path segment, for links built from ids. */
    static String seg(String text) {
        return text == null
                ? ""
                : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Whether a link is a web address, the only kind the dashboard turns into a link. */
    static boolean web(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }

    /** Text, or a dash when there is none. */
    static String text(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
