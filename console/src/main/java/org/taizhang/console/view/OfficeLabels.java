package org.taizhang.console.view;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.taizhang.console.api.Delivery;
import org.taizhang.console.api.PendingItem;
import org.taizhang.console.api.ReminderPolicy;
import org.taizhang.console.api.Scorecards;
import org.taizhang.console.api.Subscription;
import org.taizhang.console.api.Unit;

/** The Chinese words the office's directory, pending and reminder pages show for the services' codes. */
@TemplateExtension
public final class OfficeLabels {

    static final Map<String, String> REASON = Map.of(
            "AMBIGUOUS_GROUP", "泛指单位（有关、相关）",
            "UNKNOWN_GROUP", "无法识别的单位统称",
            "AMBIGUOUS_NAME", "名称对应多个单位",
            "UNKNOWN_UNIT", "名录中没有该单位");
    static final Map<String, String> ROLE = Map.of("LEAD", "牵头", "RESPONSIBLE", "责任");
    static final Map<String, String> DELIVERY_STATUS = Map.of("PENDING", "待发送", "DELIVERED", "已送达", "FAILED", "失败");

    private OfficeLabels() {}

    static String reasonLabel(PendingItem item) {
        return REASON.getOrDefault(item.reason(), item.reason());
    }

    static String roleLabel(PendingItem item) {
        return item.role() == null ? "" : ROLE.getOrDefault(item.role(), item.role());
    }

    static String statusLabel(PendingItem item) {
        return PendingFilter.STATUSES.getOrDefault(item.status(), item.status());
    }

    static String kindLabel(Unit unit) {
        return unit.kind() == null ? "" : UnitForm.KINDS.getOrDefault(unit.kind(), unit.kind());
    }

    static String levelName(Unit unit) {
        return unit.level() == null ? "" : UnitForm.LEVELS.getOrDefault(unit.level(), unit.level());
    }

    static String aliasText(Unit unit) {
        return unit.aliases() == null ? "" : String.join("、", unit.aliases());
    }

    static String channelLabel(Subscription subscription) {
        return SubscriptionForm.CHANNELS.getOrDefault(subscription.channel(), subscription.channel());
    }

    static String target(Subscription subscription) {
        return subscription.target();
    }

    static String statusLabel(Delivery delivery) {
        return DELIVERY_STATUS.getOrDefault(delivery.status(), delivery.status());
    }

    /** A value to put into a link's query or path, e.g. a unit name or a unit's id. */
    static String urlEncoded(String value) {
        return value == null
                ? ""
                : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A score as the assessment prints it: one decimal. */
    static String scoreText(Scorecards.Scorecard card) {
        return String.format("%.1f", card.score());
    }

    static String cadenceLabel(ReminderPolicy policy) {
        String code = policy.defaultCadence();
        return code == null ? "" : PolicyForm.CADENCES.getOrDefault(code, code);
    }
}
