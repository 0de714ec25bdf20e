package org.taizhang.assignment.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;
import org.taizhang.assignment.entity.ProgressReport;
import org.taizhang.events.DomainEvent;

/**
 * What recording a group of reports will write, gathered in the order recorded and written together at the end: the
 * reports, their audit rows, their events and the assignments whose state they moved.
 */
public record ReportWrites(
        List<ProgressReport> reports, List<AuditEntry> audits, List<DomainEvent> events, Set<Assignment> changed) {

    public static ReportWrites empty() {
        return new ReportWrites(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new LinkedHashSet<>());
    }
}
