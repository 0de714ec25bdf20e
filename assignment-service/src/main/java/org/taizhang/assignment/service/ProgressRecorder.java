package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.taizhang.assignment.config.AssignmentConfig;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.ProgressInput;
import org.taizhang.assignment.progress.ProgressRules;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.assignment.progress.ReportFingerprint;
import org.taizhang.assignment.progress.ReportTimes;
import org.taizhang.events.assignment.AssignmentStatus;

/**
 * Records one report against one assignment the caller has locked: access first, then the client id (a retry is a
 * duplicate, a reused id a conflict), then the rules; the report, the new status, the audit entry and the events are
 * written together. A report dated before the last one applied is kept in the history but moves nothing, so reports
 * retried out of order never undo newer ones. Completion and last report times are when the report was received.
 */
@ApplicationScoped
public class ProgressRecorder {

    private final AuditTrail audit;
    private final ReportTimes times;

    public ProgressRecorder(AuditTrail audit, AssignmentConfig config) {
        this.audit = audit;
        this.times = config.reportTimes();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ReportOutcome record(Assignment assignment, ProgressInput input, ReportContext context) {
        Optional<Rejection> denied = context.reporter().mayActOn(assignment.unitId, assignment.regionCode);
        if (denied.isPresent()) {
            return ReportOutcome.rejected(denied.get());
        }
        String fingerprint = ReportFingerprint.of(assignment.id.toString(), input);
        ProgressReport earlier =
                input.reportId() == null ? null : context.knownByClientId().get(input.reportId());
        if (earlier != null) {
            return earlier.fingerprint.equals(fingerprint)
                    ? ReportOutcome.duplicate(earlier)
                    : ReportOutcome.rejected(Rejection.of(
                            Reason.CONFLICT,
                            "reportId " + input.reportId() + " was already used for a different report"));
        }
        Optional<Rejection> refused = check(assignment, input, context);
        if (refused.isPresent()) {
            return ReportOutcome.rejected(refused.get());
        }
        ProgressReport report = newReport(assignment, input, context, fingerprint);
        context.writes().reports().add(report);
        if (input.reportId() != null) {
            context.knownByClientId().put(input.reportId(), report);
        }
        context.writes().events().add(AssignmentEvents.progressReported(report, assignment));
        if (report.applied) {
            apply(assignment, report, context);
        }
        return ReportOutcome.accepted(report);
    }

    private Optional<Rejection> check(Assignment assignment, ProgressInput input, ReportContext context) {
        Optional<Rejection> fields = ProgressRules.checkFields(input)
                .or(() -> times.check(input.reportedAt(), assignment.createdAt, context.now()));
        if (fields.isPresent()) {
            return fields;
        }
        Optional<Rejection> files = checkEvidenceFiles(assignment, input, context);
        if (files.isPresent()) {
            return files;
        }
        if (assignment.isCancelled()) {
            return Optional.of(Rejection.of(Reason.CLOSED, "assignment was cancelled: " + assignment.cancelReason));
        }
        if (context.closedPlanIds().contains(assignment.planId)) {
            return Optional.of(Rejection.of(Reason.CLOSED, "the plan is closed"));
        }
        if (isStale(assignment, input)) {
            return Optional.empty();
        }
        return ProgressRules.checkTransition(
                assignment.status,
                input,
                assignment.deadline.kind,
                context.reporter().office());
    }

    /** Changes only the fields {@link ReportRows#update} writes back. */
    private void apply(Assignment assignment, ProgressReport report, ReportContext context) {
        AuditState before = audit.capture(assignment);
        context.writes().changed().add(assignment);
        AssignmentStatus previous = assignment.status;
        assignment.status = report.status;
        assignment.percent = report.status == AssignmentStatus.COMPLETED && report.percent == null
                ? Integer.valueOf(100)
                : report.percent;
        if (report.summary != null && !report.summary.isBlank()) {
            assignment.lastSummary = report.summary;
        }
        // Timeliness goes by when Taizhang received the report; the unit's own time only orders reports.
        assignment.lastReportAt = report.receivedAt;
        assignment.latestReportedAt = report.reportedAt;
        if (report.status != AssignmentStatus.COMPLETED) {
            assignment.completedAt = null;
        } else if (previous != AssignmentStatus.COMPLETED) {
            assignment.completedAt = report.receivedAt;
        }
        assignment.updatedAt = context.now();
        boolean reopened = previous == AssignmentStatus.COMPLETED && report.status != AssignmentStatus.COMPLETED;
        context.writes()
                .audits()
                .add(audit.entry(
                        assignment,
                        context.reporter().subject(),
                        reopened ? AuditEntry.Action.REOPENED : AuditEntry.Action.PROGRESS_REPORTED,
                        before));
        if (previous != report.status) {
            context.writes()
                    .events()
                    .add(AssignmentEvents.statusChanged(
                            assignment, previous, context.reporter().subject(), context.now()));
        }
    }

    /** Every file a report cites must have been uploaded to the same assignment. */
    private static Optional<Rejection> checkEvidenceFiles(
            Assignment assignment, ProgressInput input, ReportContext context) {
        return input.evidenceFiles().stream()
                .filter(file -> !assignment.id.equals(context.evidenceOwners().get(file)))
                .findFirst()
                .map(file -> Rejection.of(
                        Reason.INVALID_FIELD, "evidence file " + file + " is not one of this assignment's"));
    }

    private static boolean isStale(Assignment assignment, ProgressInput input) {
        return input.reportedAt() != null
                && assignment.latestReportedAt != null
                && input.reportedAt().isBefore(assignment.latestReportedAt);
    }

    private static ProgressReport newReport(
            Assignment assignment, ProgressInput input, ReportContext context, String fingerprint) {
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.assignmentId = assignment.id;
        report.reporter = context.reporter().subject();
        report.reportedVia = context.reporter().via();
        report.clientReportId = input.reportId();
        report.fingerprint = fingerprint;
        report.previousStatus = assignment.status;
        report.status = input.status();
        report.summary = input.summary() == null ? null : input.summary().strip();
        report.percent = input.percent();
        report.evidence = input.evidence().stream().map(String::trim).toArray(String[]::new);
        Instant reportedAt = input.reportedAt() == null ? context.now() : input.reportedAt();
        report.reportedAt = reportedAt;
        report.receivedAt = context.now();
        report.applied = !isStale(assignment, input);
        report.evidenceFiles = input.evidenceFiles().toArray(UUID[]::new);
        return report;
    }
}
