package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** A single report refused: 403 when not the caller's, 409 for a reused id or a closed assignment, else 422. */
public class ReportRejectedException extends ProblemException {

    private final Rejection rejection;

    public ReportRejectedException(Rejection rejection) {
        super(statusOf(rejection.reason()), rejection.reason() + ": " + rejection.message());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    private static Response.StatusType statusOf(Rejection.Reason reason) {
        return switch (reason) {
            case NOT_YOURS -> Response.Status.FORBIDDEN;
            case UNKNOWN_ASSIGNMENT -> Response.Status.NOT_FOUND;
            case CONFLICT, CLOSED -> Response.Status.CONFLICT;
            case INVALID_FIELD, INVALID_TRANSITION -> UnprocessableStatus.INSTANCE;
        };
    }
}
