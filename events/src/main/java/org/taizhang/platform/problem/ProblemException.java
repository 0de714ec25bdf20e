package org.taizhang.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Base of the domain exceptions that answer with a problem detail of their own status (and, if any, errors). */
public class ProblemException extends RuntimeException {

    private final Response.StatusType status;
    private final List<Problem.Violation> errors;

    public ProblemException(Response.StatusType status, String detail) {
        this(status, detail, null);
    }

    public ProblemException(Response.StatusType status, String detail, List<Problem.Violation> errors) {
        super(detail);
        this.status = status;
        this.errors = errors;
    }

    public Response.StatusType status() {
        return status;
    }

    public List<Problem.Violation> errors() {
        return errors;
    }
}
