package org.taizhang.reminder.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes the schedule state of many tracked assignments with one JDBC batch, in the caller's transaction: a tick
 * batch or a reschedule page would otherwise cost one UPDATE round trip per assignment. The version is bumped as
 * Hibernate would, so that a writer holding an older copy of the row fails instead of overwriting it.
 */
@ApplicationScoped
public class ScheduleUpdates {

    private static final String UPDATE = "UPDATE tracked_assignment SET handled_through = coalesce(?, handled_through),"
            + " next_fire_at = ?, version = version + 1 WHERE assignment_id = ?";

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
            for (Schedule s : schedules) {
                update.setTimestamp(1, timestamp(s.handledThrough()));
                update.setTimestamp(2, timestamp(s.nextFireAt()));
                update.setString(3, s.assignmentId());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the schedule of " + schedules.size() + " assignments", e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
