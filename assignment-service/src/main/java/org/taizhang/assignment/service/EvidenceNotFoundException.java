package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import org.taizhang.platform.problem.ProblemException;

/** No evidence file by that id on that assignment. */
public class EvidenceNotFoundException extends ProblemException {

    public EvidenceNotFoundException(Object assignmentId, Object fileId) {
        super(
                Response.Status.NOT_FOUND,
                "Evidence file " + fileId + " is not one of assignment " + assignmentId + "'s");
    }
}
