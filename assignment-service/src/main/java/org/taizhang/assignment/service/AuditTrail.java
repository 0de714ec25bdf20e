package org.taizhang.assignment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.taizhang.assignment.entity.Assignment;
import org.taizhang.assignment.entity.AuditEntry;

/** Records every change of an assignment with its state before and after, in the changing transaction. */
@ApplicationScoped
public class AuditTrail {

    private final ObjectWriter json;

    public AuditTrail(ObjectMapper json) {
        // A writer bound to the type once, not a serializer looked up twice for every report of a batch.
        this.json = json.writerFor(AuditState.class);
    }

    /** The state worth auditing, captured before a change so it can be written next to the state after. */
    public AuditState capture(Assignment assignment) {
        return AuditState.of(assignment);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Assignment assignment, String actor, AuditEntry.Action action, AuditState before) {
        entry(assignment, actor, action, before).persist();
    }

    /** The entry for a change, for callers that insert many at once. */
    public AuditEntry entry(Assignment assignment, String actor, AuditEntry.Action action, AuditState before) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.assignmentId = assignment.id;
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.before = before == null ? null : write(before);
        entry.after = write(AuditState.of(assignment));
        return entry;
    }

    /**
     * The CREATED entries of new assignments, for a batch insert. A task's new assignments share a few states (their
     * role differs, the rest is the task's), so each distinct state is written as JSON once, not once per assignment.
     */
    public List<AuditEntry> created(List<Assignment> assignments, String actor) {
        Map<AuditState, String> written = new HashMap<>();
        List<AuditEntry> entries = new ArrayList<>(assignments.size());
        for (Assignment assignment : assignments) {
            AuditEntry entry = new AuditEntry();
            entry.id = UUID.randomUUID();
            entry.assignmentId = assignment.id;
            entry.at = Instant.now();
            entry.actor = actor;
            entry.action = AuditEntry.Action.CREATED;
            entry.after = written.computeIfAbsent(AuditState.of(assignment), this::write);
            entries.add(entry);
        }
        return entries;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> of(UUID assignmentId) {
        return AuditEntry.list("assignmentId = ?1 order by at, id", assignmentId);
    }

    private String write(AuditState state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit state is plain data and always serialisable", e);
        }
    }
}
