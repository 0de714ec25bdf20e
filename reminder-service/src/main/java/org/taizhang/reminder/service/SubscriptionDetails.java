package org.taizhang.reminder.service;

import org.taizhang.reminder.entity.Channel;

/** A subscription as the office or a unit describes it; {@code secret} null on an edit keeps the current one. */
public record SubscriptionDetails(
        String unitId, String regionCode, Channel channel, String url, String secret, String email, boolean active) {}
