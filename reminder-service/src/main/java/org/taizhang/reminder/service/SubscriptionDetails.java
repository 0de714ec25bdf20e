package org.taizhang.reminder.service;

import java.util.List;
import org.taizhang.reminder.entity.Channel;

/**
 * A subscription as the office or a unit describes it. On an edit of the same channel a null {@code secret} keeps the
 * current one, and a null {@code url} (or the masked one the API showed) keeps a robot's current URL with its key.
 */
public record SubscriptionDetails(
        String unitId,
        String regionCode,
        Channel channel,
        String url,
        String secret,
        String email,
        String keyword,
        List<String> phones,
        boolean active) {

    /** A webhook or e-mail subscription. */
    public SubscriptionDetails(
            String unitId,
            String regionCode,
            Channel channel,
            String url,
            String secret,
            String email,
            boolean active) {
        this(unitId, regionCode, channel, url, secret, email, null, null, active);
    }
}
