package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** The change would leave the directory inconsistent: a taken id or name, a missing parent, a unit still in use. */
public class DirectoryConflictException extends ProblemException {

    public DirectoryConflictException(String detail) {
        super(Response.Status.CONFLICT, detail);
    }
}
