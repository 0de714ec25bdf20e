package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** No assignment by that id. */
public class AssignmentNotFoundException extends ProblemException {

    public AssignmentNotFoundException(Object id) {
        super(Response.Status.NOT_FOUND, "Assignment " + id + " does not exist");
    }
}
