package org.taizhang.reminder.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Writes the schedule state of many tracked assignments with one statement, in the caller's transaction: a tick batch
 * or a reschedule page would otherwise cost one UPDATE per assignment. The version is bumped as
 * Hibernate would, so that a writer holding an older copy of the row fails instead of overwriting it.
 */
@ApplicationScoped
public class ScheduleUpdates {

    private static final String UPDATE = "UPDATE tracked_assignment t SET handled_through = coalesce(s.handled,"
            + " t.handled_through), next_fire_at = s.next, version = t.version + 1"
            + " FROM unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) AS s (id, handled, next)"
            + " WHERE t.assignment_id = s.id";

    private final AgroalDataSource dataSource;

    public ScheduleUpdates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The new schedule of one assignment; a null {@code handledThrough} leaves the stored one as it is. */
    public record Schedule(String assignmentId, Instant handledThrough, Instant nextFireAt) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<Schedule> schedules) {
        if (schedules.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            Columns columns = new Columns(3, schedules.size());
            schedules.forEach(s -> columns.add(s.assignmentId(), s.handledThrough(), s.nextFireAt()));
            columns.bind(connection, update);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the schedule of " + schedules.size() + " assignments", e);
        }
    }
}
