package org.taizhang.plan.service;

import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.taizhang.platform.problem.ProblemException;

/** No plan (or task) by that id that the caller may see. */
public class PlanNotFoundException extends ProblemException {

    public PlanNotFoundException(String what, UUID id) {
        super(Response.Status.NOT_FOUND, what + " " + id + " does not exist");
    }
}
