package org.taizhang.reminder.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taizhang.reminder.entity.Subscription;

/**
 * The subscriptions a tick batch's recipients receive, read in one query and matched here as {@link
 * Subscription#receiving} matches them in SQL: the unit's own, and those of regions whose prefix starts its region code.
 */
final class SubscriptionIndex {

    private final Map<String, List<Subscription>> byUnit = new HashMap<>();
    private final List<Subscription> regional = new ArrayList<>();
    private final List<Subscription> all;

    private SubscriptionIndex(List<Subscription> all) {
        this.all = all;
        for (Subscription s : all) {
            if (s.unitId != null) {
                byUnit.computeIfAbsent(s.unitId, u -> new ArrayList<>()).add(s);
            }
            if (s.regionPrefix != null) {
                regional.add(s);
            }
        }
    }

    static SubscriptionIndex of(Collection<String> recipients) {
        return new SubscriptionIndex(recipients.isEmpty() ? List.of() : Subscription.receivingAny(recipients));
    }

    /** In the order of {@link Subscription#receiving}: oldest first. */
    List<Subscription> receiving(String unitId, String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        List<Subscription> own = byUnit.getOrDefault(unitId, List.of());
        List<Subscription> matching =
                regional.stream().filter(s -> region.startsWith(s.regionPrefix)).toList();
        if (matching.isEmpty()) {
            return own;
        }
        // Both came out of one ordered list: keep its order rather than sorting again.
        return all.stream().filter(s -> own.contains(s) || matching.contains(s)).toList();
    }
}
