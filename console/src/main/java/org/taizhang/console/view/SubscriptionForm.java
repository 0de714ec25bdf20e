package org.taizhang.console.view;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taizhang.console.api.Subscription;
import org.taizhang.console.api.SubscriptionChange;

/**
 * A reminder subscription's form: one unit or one region, and where its reminders go — a webhook (address and signing
 * secret), an e-mail address, a WeCom or DingTalk group robot (its URL; DingTalk's signing secret and keyword) or
 * mobile numbers. A secret is never shown again: left blank on an edit, the current one stays; a robot's URL comes
 * back masked and, sent back as it is, keeps its key.
 */
public record SubscriptionForm(
        String unitId,
        String regionCode,
        String channel,
        String url,
        String secret,
        String email,
        String keyword,
        String phones,
        String active) {

    /** The channels, as the form offers them, in the order offered. */
    public static final Map<String, String> CHANNELS = channels();

    /** The field names reminder-service uses, as the form labels them, for its refusals. */
    public static final Map<String, String> FIELDS = Map.of(
            "unitId", "单位编号",
            "regionCode", "地区代码",
            "channel", "接收方式",
            "url", "回调地址",
            "secret", "签名密钥",
            "email", "电子邮箱",
            "keyword", "自定义关键词",
            "phones", "手机号码");

    /** As many numbers as reminder-service texts for one subscription. */
    static final int MAX_PHONES = 5;

    private static final Set<String> TO_URL = Set.of("WEBHOOK", "WECOM", "DINGTALK");
    private static final Set<String> SIGNED = Set.of("WEBHOOK", "DINGTALK");

    public static SubscriptionForm blank() {
        return new SubscriptionForm("", "", "WEBHOOK", "", "", "", "", "", "on");
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
                subscription.keyword(),
                subscription.phones() == null ? "" : String.join("、", subscription.phones()),
                subscription.active() ? "on" : null);
    }

    public boolean activeChecked() {
        return active != null && !active.isBlank();
    }

    /** The same form without the secret, to show again: a secret is never written back into a page. */
    public SubscriptionForm withoutSecret() {
        return new SubscriptionForm(unitId, regionCode, channel, url, "", email, keyword, phones, active);
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
        String address = Inputs.text("回调地址", url, 2000).orElse(null);
        String key = Inputs.text("签名密钥", secret, 200).orElse(null);
        String mailbox = Inputs.text("电子邮箱", email, 320).orElse(null);
        String word = Inputs.text("自定义关键词", keyword, 64).orElse(null);
        return new SubscriptionChange(
                unit,
                region,
                chosen,
                TO_URL.contains(chosen) ? address : null,
                SIGNED.contains(chosen) ? key : null,
                "EMAIL".equals(chosen) ? mailbox : null,
                "DINGTALK".equals(chosen) ? word : null,
                "SMS".equals(chosen) ? phoneList() : null,
                activeChecked());
    }

    /** The numbers as typed, one or several to a line or separated by commas; reminder-service checks each. */
    private List<String> phoneList() {
        String typed = Inputs.text("手机号码", phones, 200).orElse("");
        List<String> numbers = Inputs.items(typed).distinct().toList();
        if (numbers.isEmpty()) {
            throw new BadInputException("请填写手机号码");
        }
        if (numbers.size() > MAX_PHONES) {
            throw new BadInputException("手机号码最多 " + MAX_PHONES + " 个");
        }
        return numbers;
    }

    private static Map<String, String> channels() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("WEBHOOK", "回调地址（Webhook）");
        channels.put("EMAIL", "电子邮件");
        channels.put("WECOM", "企业微信/政务微信群机器人");
        channels.put("DINGTALK", "钉钉/浙政钉群机器人");
        channels.put("SMS", "短信");
        return Collections.unmodifiableMap(channels);
    }
}
