package org.taizhang.console.view;

import java.util.Map;
import org.taizhang.console.api.Subscription;
import org.taizhang.console.api.SubscriptionChange;

/**
 * A reminder subscription's form: one unit or one region, a webhook (address and signing secret) or an e-mail
 * address. The secret is never shown again: left blank on an edit, the current one stays.
 */
public record SubscriptionForm(
        String unitId, String regionCode, String channel, String url, String secret, String email, String active) {

    /** The channels, as the form offers them. */
    public static final Map<String, String> CHANNELS = Map.of("WEBHOOK", "回调地址（Webhook）", "EMAIL", "电子邮件");

    /** The field names reminder-service uses, as the form labels them, for its refusals. */
    public static final Map<String, String> FIELDS = Map.of(
            "unitId", "单位编号",
            "regionCode", "地区代码",
            "channel", "接收方式",
            "url", "回调地址",
            "secret", "签名密钥",
            "email", "电子邮箱");

    public static SubscriptionForm blank() {
        return new SubscriptionForm("", "", "WEBHOOK", "", "", "", "on");
    }

    /** The form filled with the subscription as it stands, without its secret. */
    public static SubscriptionForm of(Subscription subscription) {
        return new SubscriptionForm(
                subscription.unitId(),
                subscription.regionCode(),
                subscription.channel(),
                subscription.url(),
                "",
                subscription.email(),
                subscription.active() ? "on" : null);
    }

    public boolean activeChecked() {
        return active != null && !active.isBlank();
    }

    /** The same form without the secret, to show again: a secret is never written back into a page. */
    public SubscriptionForm withoutSecret() {
        return new SubscriptionForm(unitId, regionCode, channel, url, "", email, active);
    }

    /** The subscription to send: only the chosen channel's fields; reminder-service checks the rest. */
    public SubscriptionChange toChange() {
        String chosen =
                Inputs.choice("接收方式", channel, CHANNELS.keySet()).orElseThrow(() -> new BadInputException("请选择接收方式"));
        String unit = Inputs.unitId("单位编号", unitId).orElse(null);
        String region = Inputs.regionCode("地区代码", regionCode).orElse(null);
        if ((unit == null) == (region == null)) {
            throw new BadInputException("单位编号与地区代码请填写其中一项");
        }
        boolean webhook = "WEBHOOK".equals(chosen);
        String address = Inputs.text("回调地址", url, 2000).orElse(null);
        String key = Inputs.text("签名密钥", secret, 200).orElse(null);
        String mailbox = Inputs.text("电子邮箱", email, 320).orElse(null);
        return new SubscriptionChange(
                unit,
                region,
                chosen,
                webhook ? address : null,
                webhook ? key : null,
                webhook ? null : mailbox,
                activeChecked());
    }
}
