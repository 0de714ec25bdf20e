package org.taizhang.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.taizhang.events.DomainEvent;
import org.taizhang.events.EventCodec;
import org.taizhang.events.EventType;

/**
 * Assignment events kept until their assignment's creation comes: a task's new assignments are announced together,
 * keyed by the task, so an assignment's own later events (keyed by the assignment) can overtake them. Every statement
 * takes a whole poll through array parameters: one statement, and one cached Hibernate translation, whatever its size.
 */
@ApplicationScoped
public class HeldEvents {

    private static final String HOLD = "insert into held_assignment_event"
            + " (event_id, assignment_id, event_type, payload, received_at)"
            + " select e.id, e.assignment, e.type, e.payload, cast(:at as timestamptz)"
            + " from unnest(cast(:ids as text[]), cast(:assignments as text[]), cast(:types as text[]),"
            + " cast(:payloads as text[])) with ordinality as e (id, assignment, type, payload, n)"
            + " order by e.n on conflict (event_id) do nothing";

    /** Read and deleted in one statement; a transaction that fails to apply them rolls the delete back too. */
    private static final String RELEASE = "with released as (delete from held_assignment_event"
            + " where assignment_id = any(:ids) returning seq, event_id, event_type, payload)"
            + " select event_id, event_type, payload from released order by seq";

    private static final String OVERTAKEN = "select distinct h.assignment_id from held_assignment_event h"
            + " join tracked_assignment t on t.assignment_id = h.assignment_id order by h.assignment_id limit :limit";

    private static final String PURGE =
            "delete from held_assignment_event where received_at < cast(:before as timestamptz)";

    private final EntityManager em;
    private final Clock clock;

    public HeldEvents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Keeps the events, received now and in this order. An event held before (the same id) is left as it is, though
     * the inbox lets no event through twice anyway.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void hold(List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        em.createNativeQuery(HOLD)
                .setParameter("at", clock.instant().toString())
                .setParameter("ids", column(events, ReceivedEvent::eventId))
                .setParameter("assignments", column(events, e -> e.event().aggregateId()))
                .setParameter(
                        "types", column(events, e -> EventType.of(e.event()).type()))
                .setParameter(
                        "payloads", column(events, e -> EventCodec.instance().toJson(e.event())))
                .executeUpdate();
    }

    /** Takes the events held for these assignments out, in the order they were received. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ReceivedEvent> release(Collection<String> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RELEASE)
                .setParameter("ids", assignmentIds.toArray(String[]::new))
                .getResultList();
        return rows.stream()
                .map(row -> new ReceivedEvent((String) row[0], decode((String) row[1], (String) row[2])))
                .toList();
    }

    /**
     * Up to {@code limit} tracked assignments that have events held all the same: one replica held them while another
     * created the assignment, neither transaction seeing what the other wrote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> overtakenOfTracked(int limit) {
        // No result class: Hibernate caches a scalar native query given one under a new key at every call.
        List<?> ids =
                em.createNativeQuery(OVERTAKEN).setParameter("limit", limit).getResultList();
        return ids.stream().map(String.class::cast).toList();
    }

    /** Deletes the events received before {@code before}; answers how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purge(Instant before) {
        return em.createNativeQuery(PURGE)
                .setParameter("before", before.toString())
                .executeUpdate();
    }

    private static DomainEvent decode(String type, String payload) {
        return EventCodec.instance()
                .decode(type, payload)
                .orElseThrow(() -> new IllegalStateException("A held event of unknown type " + type));
    }

    private static String[] column(List<ReceivedEvent> events, Function<ReceivedEvent, String> value) {
        return events.stream().map(value).toArray(String[]::new);
    }
}
