package org.taizhang.assignment.progress;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.events.assignment.AssignmentStatus;
import org.taizhang.events.plan.DeadlineKind;

/** What a progress report must contain and which status moves it may make. */
public final class ProgressRules {

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_EVIDENCE = 20;
    public static final int MAX_URL = 2000;
    public static final int MAX_REPORT_ID = 100;

    private ProgressRules() {}

    /** Every text field of the report is plain text; checked before the report goes near the database. */
    public static Optional<Rejection> checkText(ProgressInput in) {
        Optional<String> problem =
                PlainText.line("reportId", in.reportId()).or(() -> PlainText.lines("summary", in.summary()));
        for (int i = 0; i < in.evidence().size() && problem.isEmpty(); i++) {
            problem = PlainText.line("evidence[" + i + "]", in.evidence().get(i));
        }
        return problem.map(message -> Rejection.of(Reason.INVALID_FIELD, message));
    }

    /** The report on its own: required fields, plain text, sizes, links; its time is {@link ReportTimes}'s. */
    public static Optional<Rejection> checkFields(ProgressInput in) {
        Optional<Rejection> text = checkText(in);
        if (text.isPresent()) {
            return text;
        }
        if (in.reportId() != null && (in.reportId().isBlank() || in.reportId().length() > MAX_REPORT_ID)) {
            return invalid("reportId must be 1 to " + MAX_REPORT_ID + " characters");
        }
        if (in.status() == null) {
            return invalid("status is required (NOT_STARTED, IN_PROGRESS, COMPLETED, ONGOING)");
        }
        if (in.summary() != null && in.summary().length() > MAX_SUMMARY) {
            return invalid("summary is longer than " + MAX_SUMMARY + " characters");
        }
        if (in.percent() != null && (in.percent() < 0 || in.percent() > 100)) {
            return invalid("percent must be between 0 and 100");
        }
        if (in.evidence().size() > MAX_EVIDENCE) {
            return invalid("at most " + MAX_EVIDENCE + " evidence links");
        }
        if (in.evidenceFiles().size() > MAX_EVIDENCE) {
            return invalid("at most " + MAX_EVIDENCE + " evidence files");
        }
        if (in.evidenceFiles().stream().anyMatch(Objects::isNull)) {
            return invalid("evidenceFileIds holds null");
        }
        for (String link : in.evidence()) {
            if (!isWebLink(link)) {
                return invalid("evidence link is not an http(s) URL: " + abbreviate(link));
            }
        }
        if (in.status() == AssignmentStatus.COMPLETED) {
            return checkCompletion(in);
        }
        return Optional.empty();
    }

    /** The move from the assignment's status to the reported one; reopening and going back need the office. */
    public static Optional<Rejection> checkTransition(
            AssignmentStatus current, ProgressInput in, DeadlineKind deadlineKind, boolean office) {
        AssignmentStatus next = in.status();
        if (current == AssignmentStatus.COMPLETED && next != AssignmentStatus.COMPLETED && !office) {
            return transition("reopening a completed assignment needs the openness office");
        }
        if (next == AssignmentStatus.NOT_STARTED && current != AssignmentStatus.NOT_STARTED && !office) {
            return transition("an assignment under way cannot go back to NOT_STARTED");
        }
        if (next == AssignmentStatus.ONGOING && deadlineKind == DeadlineKind.FIXED) {
            return transition("ONGOING is for ongoing or periodic tasks; this task has a fixed due date");
        }
        return Optional.empty();
    }

    private static Optional<Rejection> checkCompletion(ProgressInput in) {
        if (in.summary() == null || in.summary().isBlank()) {
            return invalid("COMPLETED needs a summary of what was done");
        }
        if (in.evidence().isEmpty()) {
            return invalid("COMPLETED needs at least one evidence link");
        }
        if (in.percent() != null && in.percent() != 100) {
            return invalid("COMPLETED with percent " + in.percent() + "; leave it out or say 100");
        }
        return Optional.empty();
    }

    private static boolean isWebLink(String link) {
        if (link == null || link.isBlank() || link.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(link.trim());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private static Optional<Rejection> invalid(String message) {
        return Optional.of(Rejection.of(Reason.INVALID_FIELD, message));
    }

    private static Optional<Rejection> transition(String message) {
        return Optional.of(Rejection.of(Reason.INVALID_TRANSITION, message));
    }
}
