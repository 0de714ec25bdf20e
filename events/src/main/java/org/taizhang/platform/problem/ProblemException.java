package org.taizhang.platform.problem;

import jakarta.ws.rs.core.Response;

/** Base of the domain exceptions that answer with a problem detail of their own status. */
public class ProblemException extends RuntimeException {

    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.status = status;
    }

    public Response.Status status() {
        return status;
    }
}
