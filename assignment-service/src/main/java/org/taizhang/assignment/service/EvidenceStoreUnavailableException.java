package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** The object store holding evidence files could not be reached or is failing: the caller may try again shortly. */
public class EvidenceStoreUnavailableException extends ProblemException {

    public EvidenceStoreUnavailableException(Throwable cause) {
        super(
                Response.Status.SERVICE_UNAVAILABLE,
                "The evidence file store is unreachable for a moment; try again shortly");
        initCause(cause);
    }
}
