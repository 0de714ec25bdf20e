package org.taizhang.assignment.rest;

/** OpenAPI examples of evidence file answers. */
final class EvidenceExamples {

    static final String FILE = "{\"id\":\"0b7f3c2e-6a51-4d1b-9a0e-2f4d8c1e5a77\",\"assignmentId\":\"8c1e…\","
            + "\"fileName\":\"政策解读发布截图.png\",\"contentType\":\"image/png\",\"size\":248193,"
            + "\"sha256\":\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
            + "\"uploadedBy\":\"unit-341800-fgw\",\"createdAt\":\"2026-09-30T08:00:00Z\","
            + "\"download\":\"/api/assignments/8c1e…/evidence/0b7f3c2e-6a51-4d1b-9a0e-2f4d8c1e5a77\"}";

    static final String UNSUPPORTED = "{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,"
            + "\"detail\":\"The file is not a PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC or XLS document by its"
            + " content; it is content of an unrecognised kind\",\"instance\":\"/api/assignments/8c1e…/evidence\"}";

    private EvidenceExamples() {}
}
