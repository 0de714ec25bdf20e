package org.taizhang.reminder.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** Nothing by that id (404). */
public class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(Response.Status.NOT_FOUND, what + " " + id + " does not exist");
    }
}
