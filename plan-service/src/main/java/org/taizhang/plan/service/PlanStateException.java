package org.taizhang.plan.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** The request does not fit the plan's state (e.g. editing a closed plan, publishing twice). */
public class PlanStateException extends ProblemException {

    public PlanStateException(String detail) {
        super(Response.Status.CONFLICT, detail);
    }
}
