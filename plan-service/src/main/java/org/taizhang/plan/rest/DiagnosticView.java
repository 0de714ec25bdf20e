package org.taizhang.plan.rest;

import java.util.UUID;
import org.taizhang.plan.entity.PlanDiagnostic;

/** An import diagnostic as JSON: which task (if any), what kind, and what to check. */
public record DiagnosticView(UUID taskId, Integer taskPosition, String code, String message) {

    public static DiagnosticView from(PlanDiagnostic diagnostic) {
        return new DiagnosticView(diagnostic.taskId, diagnostic.taskPosition, diagnostic.code, diagnostic.message);
    }
}
