package org.taizhang.reminder.entity;

/** How a subscription receives reminders. */
public enum Channel {
    /** A signed JSON POST to the subscriber's URL. */
    WEBHOOK,
    EMAIL,
    /** A WeCom (企业微信, 政务微信) group robot: markdown, the key in the URL. */
    WECOM,
    /** A DingTalk (钉钉, 浙政钉) custom robot: markdown, optional HMAC signature and keyword rule. */
    DINGTALK,
    /** A text message through the configured SMS provider's template. */
    SMS;

    /** Whether reminders go out as an HTTP request to a URL the subscription holds. */
    public boolean toUrl() {
        return this == WEBHOOK || this == WECOM || this == DINGTALK;
    }
}
