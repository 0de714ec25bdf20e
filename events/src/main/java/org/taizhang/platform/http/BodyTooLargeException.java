package org.taizhang.platform.http;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** A request body found larger than the limit while it was read: a chunked body declares no length up front. */
public class BodyTooLargeException extends ProblemException {

    public BodyTooLargeException(long max) {
        super(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + max / (1024 * 1024) + " MB");
    }
}
