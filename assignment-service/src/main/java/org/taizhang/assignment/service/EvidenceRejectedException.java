package org.taizhang.assignment.service;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.problem.UnprocessableStatus;

/** An evidence file refused: 413 too large, 415 not an accepted kind, 422 empty or badly named. */
public class EvidenceRejectedException extends ProblemException {

    private EvidenceRejectedException(Response.StatusType status, String detail) {
        super(status, detail, List.of(new Problem.Violation("file", detail)));
    }

    public static EvidenceRejectedException tooLarge(long maxBytes) {
        return new EvidenceRejectedException(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The file is larger than " + maxBytes + " bytes (taizhang.evidence.max-bytes)");
    }

    public static EvidenceRejectedException unsupported(String looksLike) {
        return new EvidenceRejectedException(
                Response.Status.UNSUPPORTED_MEDIA_TYPE,
                "The file is not a PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC or XLS document by its content; it is "
                        + looksLike);
    }

    public static EvidenceRejectedException invalid(String why) {
        return new EvidenceRejectedException(UnprocessableStatus.INSTANCE, why);
    }
}
