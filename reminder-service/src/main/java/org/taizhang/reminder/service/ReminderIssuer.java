package org.taizhang.reminder.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.taizhang.events.outbox.Outbox;
import org.taizhang.events.reminder.ReminderIssued;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.ReminderStatus;
import org.taizhang.reminder.entity.Subscription;
import org.taizhang.reminder.entity.TrackedAssignment;
import org.taizhang.reminder.schedule.PlannedReminder;

/**
 * Issues one planned reminder in the caller's transaction: the reminder row (unique by its key), a delivery per
 * subscription of its recipient, and ReminderIssued through the outbox. A key already issued is left alone, so that a
 * second worker or a replayed tick issues nothing twice.
 */
@ApplicationScoped
public class ReminderIssuer {

    private static final String INSERT = "INSERT INTO reminder (id, assignment_id, plan_id, task_id, unit_id,"
            + " region_code, kind, due_date, step, target, recipient_unit_id, fire_on, fire_at, official_calendar,"
            + " status, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private final AgroalDataSource dataSource;
    private final Outbox outbox;
    private final ReminderConfig config;

    public ReminderIssuer(AgroalDataSource dataSource, Outbox outbox, ReminderConfig config) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.config = config;
    }

    /** Whether the reminder was issued now (false: it had been before). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean issue(TrackedAssignment assignment, PlannedReminder planned, Instant now) {
        UUID id = UUID.fromString(planned.key().reminderId());
        String recipient = planned.recipientUnitId() != null ? planned.recipientUnitId() : config.officeUnitId();
        List<Subscription> subscriptions = Subscription.receiving(recipient, assignment.regionCode);
        ReminderStatus status = subscriptions.isEmpty() ? ReminderStatus.UNROUTED : ReminderStatus.PENDING;
        if (!insert(id, assignment, planned, status, now)) {
            return false;
        }
        subscriptions.forEach(s -> Delivery.of(id, s, now).persist());
        outbox.publish(new ReminderIssued(
                id.toString(),
                assignment.assignmentId,
                assignment.planId,
                assignment.taskId,
                assignment.unitId,
                planned.key().kind(),
                planned.key().dueDate(),
                planned.key().step(),
                planned.recipientUnitId(),
                now));
        return true;
    }

    private boolean insert(UUID id, TrackedAssignment a, PlannedReminder planned, ReminderStatus status, Instant now) {
        // Plain SQL for ON CONFLICT DO NOTHING: a failed insert through Hibernate would doom the whole transaction.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
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
            insert.setString(15, status.name());
            insert.setTimestamp(16, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record reminder " + id, e);
        }
    }
}
