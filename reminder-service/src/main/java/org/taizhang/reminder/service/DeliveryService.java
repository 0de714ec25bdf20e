package org.taizhang.reminder.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.reminder.entity.Delivery;
import org.taizhang.reminder.entity.DeliveryStatus;

/** The delivery log for the office: filtering it (the dead letters are status FAILED) and redelivering by hand. */
@ApplicationScoped
public class DeliveryService {

    private final DeliveryLedger ledger;

    public DeliveryService(DeliveryLedger ledger) {
        this.ledger = ledger;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Delivery> list(DeliveryStatus status, UUID reminderId, UUID subscriptionId, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", "from Delivery d where ", " order by d.createdAt desc, d.id");
        where.add("1 = 1");
        if (status != null) {
            where.add("d.status = :status");
            params.put("status", status);
        }
        if (reminderId != null) {
            where.add("d.reminderId = :reminder");
            params.put("reminder", reminderId);
        }
        if (subscriptionId != null) {
            where.add("d.subscriptionId = :subscription");
            params.put("subscription", subscriptionId);
        }
        var found = Delivery.<Delivery>find(where.toString(), params).page(Page.of(page, size));
        return new Slice<>(found.list(), page, size, found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Delivery get(UUID id) {
        return Delivery.<Delivery>findByIdOptional(id).orElseThrow(() -> new NotFoundException("Delivery", id));
    }

    @Transactional
    public Delivery redeliver(UUID id, Instant now) {
        return ledger.redeliver(id, now);
    }
}
