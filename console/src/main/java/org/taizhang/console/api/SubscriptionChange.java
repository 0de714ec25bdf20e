package org.taizhang.console.api;

/** A subscription as the office adds or edits it; a null secret on an edit keeps the current one. */
public record SubscriptionChange(
        String unitId, String regionCode, String channel, String url, String secret, String email, Boolean active) {}
