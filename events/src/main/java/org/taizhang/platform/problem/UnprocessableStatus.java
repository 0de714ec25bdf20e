package org.taizhang.platform.problem;

import jakarta.ws.rs.core.Response;

/** HTTP 422, which JAX-RS's status enum lacks: a well-formed request the domain cannot carry out as it stands. */
public final class UnprocessableStatus implements Response.StatusType {

    public static final UnprocessableStatus INSTANCE = new UnprocessableStatus();

    private UnprocessableStatus() {}

    @Override
    public int getStatusCode() {
        return 422;
    }

    @Override
    public Response.Status.Family getFamily() {
        return Response.Status.Family.CLIENT_ERROR;
    }

    @Override
    public String getReasonPhrase() {
        return "Unprocessable Content";
    }
}
