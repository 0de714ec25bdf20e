package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** No unit by that id in the directory. */
public class UnitNotFoundException extends ProblemException {

    public UnitNotFoundException(String id) {
        super(Response.Status.NOT_FOUND, "Unit " + id + " is not in the directory");
    }
}
