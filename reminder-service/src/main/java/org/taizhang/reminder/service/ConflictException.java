package org.taizhang.reminder.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** The request does not fit the current state (409). */
public class ConflictException extends ProblemException {

    public ConflictException(String detail) {
        super(Response.Status.CONFLICT, detail);
    }
}
