package org.taizhang.reminder.config;

import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * The SMS provider (taizhang.reminders.sms): which one, where its API is, the account's credentials, and the approved
 * sign and template reminders are sent with. {@code none} (the default) sends no SMS: SMS subscriptions are refused.
 */
public interface SmsConfig {

    /** Providers this service can text through. */
    enum Provider {
        NONE,
        /** Tencent Cloud SMS, API 3.0 SendSms signed with TC3-HMAC-SHA256. */
        TENCENT
    }

    @WithDefault("none")
    Provider provider();

    /** The provider's API; judged by the webhook target rule like every outbound call. */
    @WithDefault("https://sms.tencentcloudapi.com")
    String endpoint();

    /** The provider's region of the account (Tencent Cloud: ap-guangzhou, ap-beijing or ap-nanjing). */
    @WithDefault("ap-guangzhou")
    String region();

    Optional<String> secretId();

    Optional<String> secretKey();

    /** The SMS application's id (Tencent Cloud SmsSdkAppId). */
    Optional<String> appId();

    /** The approved signature (签名) put before every text, e.g. 某某市政务公开办. */
    Optional<String> signName();

    /** The approved template: variables task title, unit, working days, link (in this order). */
    Optional<String> templateId();

    /**
     * The longest a template variable may be, in characters; longer task titles and unit names are cut. Tencent Cloud
     * allows 12 for an individual's account's notices and more for organisations' (set it to the account's rule).
     */
    @WithDefault("12")
    int paramMaxChars();

    /** The link put in the template; the console's address when not set. Keep it short: it is never cut. */
    Optional<String> link();
}
