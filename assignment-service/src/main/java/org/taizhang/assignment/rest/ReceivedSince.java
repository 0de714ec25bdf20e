package org.taizhang.assignment.rest;

import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;

/**
 * Reads the {@code since} filter of the batch log: a UTC instant or one with an offset, within years the database
 * keeps (a year such as +100000 would fail the query instead of the request).
 */
final class ReceivedSince {

    static final int MAX_LENGTH = 40;
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final String EXPECTED =
            "since must be a UTC instant (ISO-8601) between 2000 and 9999," + " e.g. 2026-09-30T00:00:00Z";

    private ReceivedSince() {}

    /** The instant, or null when left out; anything else is a 400 naming the parameter. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant since;
        try {
            since = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw invalid();
        }
        if (since.isBefore(EARLIEST) || since.isAfter(LATEST)) {
            throw invalid();
        }
        return since;
    }

    private static ProblemException invalid() {
        return new ProblemException(
                Response.Status.BAD_REQUEST,
                "Invalid query parameter: " + EXPECTED,
                List.of(new Problem.Violation("since", EXPECTED)));
    }
}
