package org.taizhang.reporting.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** No such published plan, task or unit in the read model: a 404 problem. */
public class ReportNotFoundException extends ProblemException {

    public ReportNotFoundException(String detail) {
        super(Response.Status.NOT_FOUND, detail);
    }
}
