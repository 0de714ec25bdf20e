package org.taizhang.reminder.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Issues a tick batch's due reminders in the caller's transaction: the reminder rows (unique by key), a delivery per
 * subscription of each recipient, and ReminderIssued through the outbox, each kind of row in one JDBC batch. A key
 * already issued is left alone ({@code ON CONFLICT DO NOTHING}), so that a second worker or a replayed tick issues
 * nothing twice.
 */
@ApplicationScoped
public class ReminderIssuer {

    private static final String INSERT_REMINDER = "INSERT INTO reminder (id, assignment_id, plan_id, task_id, unit_id,"
            + " region_code, kind, due_date, step, target, recipient_unit_id, fire_on, fire_at, official_calendar,"
            + " status, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_DELIVERY = "INSERT INTO delivery (id, reminder_id, subscription_id, channel,"
            + " target, status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final ReminderConfig config;

    public ReminderIssuer(AgroalDataSource dataSource, Outbox outbox, ReminderConfig config) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.config = config;
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
                    .map(d -> new Issued(d, subscriptions.receiving(recipient(d), d.assignment().regionCode)))
                    .toList();
            int[] inserted = insertReminders(connection, candidates, now);
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] == Statement.SUCCESS_NO_INFO) {
                    // reWriteBatchedInserts hides which keys were new: fail rather than lose or repeat events.
                    throw new IllegalStateException("The JDBC driver did not report row counts of the reminder batch");
                }
                if (inserted[i] == 1) {
                    issued.add(candidates.get(i));
                }
            }
            insertDeliveries(connection, issued, now);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record " + due.size() + " reminders", e);
        }
        outbox.publishAll(issued.stream().map(i -> event(i.due(), now)).toList());
        return issued.size();
    }

    private String recipient(DueReminder d) {
        String unit = d.planned().recipientUnitId();
        return unit != null ? unit : config.officeUnitId();
    }

    private static int[] insertReminders(Connection connection, List<Issued> candidates, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REMINDER)) {
            for (Issued candidate : candidates) {
                TrackedAssignment a = candidate.due().assignment();
                PlannedReminder planned = candidate.due().planned();
                insert.setObject(1, candidate.id());
                insert.setString(2, a.assignmentId);
                insert.setString(3, a.planId);
                insert.setString(4, a.taskId);
                insert.setString(5, a.unitId);
                insert.setString(6, a.regionCode);
                insert.setString(7, planned.key().kind().name());
                insert.setDate(8, Date.valueOf(planned.key().dueDate()));
                insert.setInt(9, planned.key().step());
                insert.setString(10, planned.target().name());
                insert.setString(11, planned.recipientUnitId());
                insert.setDate(12, Date.valueOf(planned.fireOn()));
                insert.setTimestamp(13, Timestamp.from(planned.fireAt()));
                insert.setBoolean(14, planned.officialCalendar());
                ReminderStatus status =
                        candidate.subscriptions().isEmpty() ? ReminderStatus.UNROUTED : ReminderStatus.PENDING;
                insert.setString(15, status.name());
                insert.setTimestamp(16, Timestamp.from(now));
                insert.addBatch();
            }
            return insert.executeBatch();
        }
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
                    insert.setString(5, s.target());
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
                d.planned().key().reminderId(),
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

    /** A due reminder with the subscriptions its recipient receives. */
    private record Issued(DueReminder due, List<Subscription> subscriptions) {

        UUID id() {
            return UUID.fromString(due.planned().key().reminderId());
        }
    }
}
