package org.taizhang.console.api;

import java.util.List;

/**
 * A subscription as the office adds or edits it; a null secret on an edit keeps the current one, and so does a robot
 * URL sent back masked.
 */
public record SubscriptionChange(
        String unitId,
        String regionCode,
        String channel,
        String url,
        String secret,
        String email,
        String keyword,
        List<String> phones,
        Boolean active) {}
