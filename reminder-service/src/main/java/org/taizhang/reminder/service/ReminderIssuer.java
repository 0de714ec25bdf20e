package org.taizhang.reminder.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.entity.ReminderStatus;
import org.taizhang.reminder.entity.Subscription;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;

/**
 * Issues due reminders in the caller's transaction (a tick batch's, or the office's urge): the reminder rows (unique by
 * key) in one statement, a delivery per subscription of each recipient and ReminderIssued through the outbox in one
 * JDBC batch each. A key already issued is left alone ({@code ON CONFLICT DO NOTHING}), so that a second worker or a
 * replayed tick issues nothing twice; so is an urge whose request id its account already used.
 */
@ApplicationScoped
public class ReminderIssuer {

    /**
     * Every reminder of the batch in one statement, one array per column: the keys issued before come back as no row
     * instead of dooming the transaction, and RETURNING says exactly which keys are new.
     */
    private static final String INSERT_REMINDERS = "INSERT INTO reminder (id, assignment_id, plan_id, task_id, unit_id,"
            + " region_code, kind, due_date, step, target, recipient_unit_id, fire_on, fire_at, official_calendar,"
            + " status, issued_at, urged_by, note, request_id, trace_parent) SELECT * FROM unnest(?::uuid[], ?::text[],"
            + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::date[], ?::int[], ?::text[], ?::text[],"
            + " ?::date[], ?::timestamptz[], ?::boolean[], ?::text[], ?::timestamptz[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[])"
            + " ON CONFLICT DO NOTHING RETURNING id";

    private static final String INSERT_DELIVERY = "INSERT INTO delivery (id, reminder_id, subscription_id, channel,"
            + " target, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final ReminderConfig config;
    private final ReminderTraces traces;

    public ReminderIssuer(AgroalDataSource dataSource, Outbox outbox, ReminderConfig config, ReminderTraces traces) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.config = config;
        this.traces = traces;
    }

    /** How many of the reminders were issued now (the others had been before). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int issueAll(List<DueReminder> due, Instant now) {
        if (due.isEmpty()) {
            return 0;
        }
        SubscriptionIndex subscriptions =
                SubscriptionIndex.of(due.stream().map(this::recipient).collect(Collectors.toSet()));
        List<Issued> issued = new ArrayList<>();
        // Plain SQL: ON CONFLICT DO NOTHING reports a key issued before as 0 rows instead of dooming the transaction.
        try (Connection connection = dataSource.getConnection()) {
            List<Issued> candidates = due.stream()
                    .map(d -> new Issued(
                            d, subscriptions.receiving(recipient(d), d.assignment().regionCode), traces.issued(d)))
                    .toList();
            Set<UUID> inserted = insertReminders(connection, candidates, now);
            candidates.stream().filter(c -> inserted.contains(c.id())).forEach(issued::add);
            insertDeliveries(connection, issued, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record " + due.size() + " reminders", e);
        }
        Map<String, String> traceParents =
                issued.stream().collect(Collectors.toMap(i -> i.id().toString(), Issued::traceParent));
        outbox.publishAll(
                issued.stream().map(i -> event(i.due(), now)).toList(), event -> traceParents.get(event.reminderId()));
        return issued.size();
    }

    /** Whether the reminder was issued now (false when its key or its urge's request id was taken before). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean issue(DueReminder due, Instant now) {
        return issueAll(List.of(due), now) == 1;
    }

    private String recipient(DueReminder d) {
        String unit = d.planned().recipientUnitId();
        return unit != null ? unit : config.officeUnitId();
    }

    /** The ids of the reminders inserted now. */
    private static Set<UUID> insertReminders(Connection connection, List<Issued> candidates, Instant now)
            throws SQLException {
        Columns columns = new Columns(20, candidates.size());
        String issuedAt = now.toString();
        for (Issued candidate : candidates) {
            TrackedAssignment a = candidate.due().assignment();
            PlannedReminder planned = candidate.due().planned();
            ReminderStatus status =
                    candidate.subscriptions().isEmpty() ? ReminderStatus.UNROUTED : ReminderStatus.PENDING;
            Optional<DueReminder.Urge> urge =
                    Optional.ofNullable(candidate.due().urge());
            columns.add(
                    candidate.id(),
                    a.assignmentId,
                    a.planId,
                    a.taskId,
                    a.unitId,
                    a.regionCode,
                    planned.key().kind().name(),
                    planned.key().dueDate(),
                    planned.key().step(),
                    planned.target().name(),
                    planned.recipientUnitId(),
                    planned.fireOn(),
                    planned.fireAt(),
                    planned.officialCalendar(),
                    status.name(),
                    issuedAt,
                    urge.map(DueReminder.Urge::urgedBy).orElse(null),
                    urge.map(DueReminder.Urge::note).orElse(null),
                    urge.map(DueReminder.Urge::requestId).orElse(null),
                    candidate.traceParent());
        }
        Set<UUID> inserted = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REMINDERS)) {
            columns.bind(connection, insert);
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }

    private static void insertDeliveries(Connection connection, List<Issued> issued, Instant now) throws SQLException {
        if (issued.stream().allMatch(i -> i.subscriptions().isEmpty())) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_DELIVERY)) {
            for (Issued reminder : issued) {
                for (Subscription s : reminder.subscriptions()) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, reminder.id());
                    insert.setObject(3, s.id);
                    insert.setString(4, s.channel.name());
                    insert.setString(5, s.shownTarget());
                    insert.setString(6, DeliveryStatus.PENDING.name());
                    insert.setTimestamp(7, Timestamp.from(now));
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static ReminderIssued event(DueReminder d, Instant now) {
        return new ReminderIssued(
                d.id().toString(),
                d.assignment().assignmentId,
                d.assignment().planId,
                d.assignment().taskId,
                d.assignment().unitId,
                d.planned().key().kind(),
                d.planned().key().dueDate(),
                d.planned().key().step(),
                d.planned().recipientUnitId(),
                now);
    }

    /** A due reminder with the subscriptions its recipient receives and the traceparent of its trace. */
    private record Issued(DueReminder due, List<Subscription> subscriptions, String traceParent) {

        UUID id() {
            return due.id();
        }
    }
}
