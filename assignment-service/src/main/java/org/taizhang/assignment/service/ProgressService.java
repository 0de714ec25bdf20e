package org.taizhang.assignment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.assignment.progress.ProgressRules;
import org.taizhang.assignment.progress.Rejection;
import org.taizhang.assignment.progress.Reporter;
import org.taizhang.assignment.service.AssignmentLocator.Located;
import org.taizhang.events.DomainEvent;
import org.taizhang.platform.tracing.TraceContext;

/**
 * Takes progress reports, one or a batch, each in one transaction with its effects and events. Client report ids are
 * locked first (so a retry racing its own original waits and then reads as a duplicate), then the assignments in id
 * order (so concurrent batches never deadlock), then each report is recorded in the order sent.
 */
@ApplicationScoped
public class ProgressService {

    private final ProgressRecorder recorder;
    private final AssignmentLocator locator;
    private final ReportLookups lookups;
    private final ReportRows rows;
    private final AssignmentEvents events;
    private final EvidenceService evidence;
    private final BatchLog batchLog;

    public ProgressService(
            ProgressRecorder recorder,
            AssignmentLocator locator,
            ReportLookups lookups,
            ReportRows rows,
            AssignmentEvents events,
            EvidenceService evidence,
            BatchLog batchLog) {
        this.recorder = recorder;
        this.locator = locator;
        this.lookups = lookups;
        this.rows = rows;
        this.events = events;
        this.evidence = evidence;
        this.batchLog = batchLog;
    }

    /**
     * Single reports of several callers that arrived together, in one transaction; each gets its own outcome, and a
     * refusal is returned rather than thrown so that it does not undo the others.
     */
    @Transactional
    public List<ReportOutcome> together(List<SingleReport> reports) {
        return record(reports.stream().map(SingleReport::item).toList(), receiptTime());
    }

    /**
     * Many reports; every entry gets its own outcome, in the order sent, and a bad one never stops the others. The
     * batch goes into the batch log in the same transaction, so it is logged if and only if its reports are recorded.
     */
    @Transactional
    public BatchReceipt batch(List<BatchEntry> entries, Reporter reporter) {
        Instant now = receiptTime();
        List<ReportOutcome> outcomes = record(
                entries.stream()
                        .map(e -> new Item(e, reporter, TraceContext.currentTraceParent()))
                        .toList(),
                now);
        return new BatchReceipt(batchLog.record(entries, outcomes, reporter, now), outcomes);
    }

    /** The database keeps microseconds: the receipt time published and answered is the one stored. */
    private static Instant receiptTime() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A report as read, who sent it, and the traceparent of the request that sent it (its events' trace). */
    record Item(BatchEntry entry, Reporter reporter, String traceParent) {

        /**
         * The item, or its rejection when a text field is not plain text: a NUL would fail the statements of every
         * report in the transaction, so it is caught before any of them runs.
         */
        Item screened() {
            if (entry.unreadable() != null) {
                return this;
            }
            return ProgressRules.checkText(entry.input())
                    .or(() -> entry.ref().checkText())
                    .map(why -> new Item(BatchEntry.unreadable(entry.reportId(), why), reporter, traceParent))
                    .orElse(this);
        }

        /** The client's report id when the report was read; an unread one's id is only echoed back. */
        String clientId() {
            return entry.unreadable() == null ? entry.reportId() : null;
        }
    }

    private List<ReportOutcome> record(List<Item> received, Instant now) {
        List<Item> items = received.stream().map(Item::screened).toList();
        lockClientIds(items);
        List<Located> located = locator.locate(items.stream()
                .map(i -> i.entry().unreadable() == null ? i.entry().ref() : null)
                .toList());
        Map<UUID, Assignment> assignments = lockAssignments(located);
        ReportWrites writes = ReportWrites.empty();
        Map<Reporter, ReportContext> contexts = contexts(items, assignments.values(), writes, now);
        List<ReportOutcome> outcomes = new ArrayList<>(items.size());
        // Reports of several callers share the transaction: each event goes in the trace of the report it is of.
        Map<DomainEvent, String> traces = new IdentityHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int before = writes.events().size();
            outcomes.add(recordEntry(item.entry(), located.get(i), assignments, contexts.get(item.reporter())));
            writes.events().subList(before, writes.events().size()).forEach(e -> traces.put(e, item.traceParent()));
        }
        rows.insert(writes.reports(), writes.audits());
        rows.update(writes.changed());
        events.publishAll(writes.events(), traces::get);
        return outcomes;
    }

    private ReportOutcome recordEntry(
            BatchEntry entry, Located located, Map<UUID, Assignment> assignments, ReportContext context) {
        if (entry.unreadable() != null) {
            return ReportOutcome.rejected(entry.unreadable());
        }
        if (located.rejection() != null) {
            return ReportOutcome.rejected(located.rejection());
        }
        Assignment assignment = assignments.get(located.assignmentId());
        if (assignment == null) {
            return ReportOutcome.rejected(
                    Rejection.of(Rejection.Reason.UNKNOWN_ASSIGNMENT, "no assignment " + located.assignmentId()));
        }
        return recorder.record(assignment, entry.input(), context);
    }

    private Map<UUID, Assignment> lockAssignments(List<Located> located) {
        return lookups.lockAssignments(located.stream()
                .filter(l -> l != null && l.assignmentId() != null)
                .map(Located::assignmentId)
                .collect(Collectors.toCollection(HashSet::new)));
    }

    /** One context per caller; callers with the same subject share what they reported before, by client id. */
    private Map<Reporter, ReportContext> contexts(
            List<Item> items, Collection<Assignment> assignments, ReportWrites writes, Instant now) {
        Map<String, Map<String, ProgressReport>> knownBySubject = new HashMap<>();
        items.stream()
                .filter(i -> i.clientId() != null)
                .collect(Collectors.groupingBy(
                        i -> i.reporter().subject(), Collectors.mapping(Item::clientId, Collectors.toSet())))
                .forEach((subject, ids) -> knownBySubject.put(subject, lookups.earlierReports(subject, ids)));
        Set<String> closed = lookups.closedPlans(assignments);
        Map<UUID, UUID> evidenceOwners = evidence.owners(items.stream()
                .filter(i -> i.entry().unreadable() == null)
                .flatMap(i -> i.entry().input().evidenceFiles().stream())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Reporter, ReportContext> contexts = new HashMap<>();
        for (Item item : items) {
            contexts.computeIfAbsent(
                    item.reporter(),
                    r -> new ReportContext(
                            r,
                            now,
                            knownBySubject.computeIfAbsent(r.subject(), s -> new HashMap<>()),
                            closed,
                            writes,
                            evidenceOwners));
        }
        return contexts;
    }

    private void lockClientIds(List<Item> items) {
        lookups.lockClientIds(items.stream()
                .filter(i -> i.clientId() != null)
                .map(i -> i.reporter().subject() + "\u001f" + i.clientId())
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
