package org.taizhang.reminder.service;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.entity.Reminder;
import org.taizhang.reminder.entity.ReminderStatus;

/** Derives a reminder's status from its deliveries. */
final class ReminderStatuses {

    private ReminderStatuses() {}

    /**
     * Recomputes the status in the caller's transaction. The reminder row is locked before its deliveries are read, so
     * that two deliveries of one reminder finishing at once each see the other's committed outcome.
     */
    static void refresh(UUID reminderId) {
        Reminder reminder = Reminder.findById(reminderId, LockModeType.PESSIMISTIC_WRITE);
        if (reminder == null) {
            return;
        }
        List<DeliveryStatus> statuses = Delivery.getEntityManager()
                .createQuery("select d.status from Delivery d where d.reminderId = ?1", DeliveryStatus.class)
                .setParameter(1, reminderId)
                .getResultList();
        reminder.status = of(statuses);
    }

    static ReminderStatus of(List<DeliveryStatus> statuses) {
        if (statuses.isEmpty()) {
            return ReminderStatus.UNROUTED;
        }
        if (statuses.contains(DeliveryStatus.PENDING)) {
            return ReminderStatus.PENDING;
        }
        return statuses.contains(DeliveryStatus.FAILED) ? ReminderStatus.FAILED : ReminderStatus.DELIVERED;
    }
}
