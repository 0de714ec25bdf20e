package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** No batch by that id, or none the caller may see. */
public class BatchNotFoundException extends ProblemException {

    public BatchNotFoundException(Object id) {
        super(Response.Status.NOT_FOUND, "Batch " + id + " does not exist");
    }
}
