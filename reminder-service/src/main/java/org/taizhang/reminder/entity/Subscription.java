package org.taizhang.reminder.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.taizhang.reminder.delivery.SecretMask;

/**
 * Where the reminders of one unit, or of every unit in a region, go: a signed webhook, an e-mail address, a WeCom or
 * DingTalk group robot, or mobile numbers texted through the SMS provider.
 */
@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "region_code")
    public String regionCode;

    /** The significant digits of the region code, so that containment is a prefix match. */
    @Column(name = "region_prefix")
    public String regionPrefix;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public String url;

    /** The webhook's or the DingTalk robot's signing secret; written, never read back through the API. */
    public String secret;

    public String email;

    /** A word the DingTalk robot's keyword rule requires in every message; null if it has none. */
    public String keyword;

    /** SMS: mainland mobile numbers, 11 digits each, comma-separated. */
    public String phones;

    public boolean active = true;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The address a delivery goes to, with whatever key it carries. */
    public String target() {
        return switch (channel) {
            case WEBHOOK, WECOM, DINGTALK -> url;
            case EMAIL -> email;
            case SMS -> phones;
        };
    }

    /** The address as the API, the delivery log and events show it: a robot's key and most of a number hidden. */
    public String shownTarget() {
        return switch (channel) {
            case WEBHOOK, EMAIL -> target();
            case WECOM, DINGTALK -> SecretMask.url(url);
            case SMS -> SecretMask.phones(phones);
        };
    }

    /** Active subscriptions of the unit, and those of regions containing {@code regionCode}. */
    public static List<Subscription> receiving(String unitId, String regionCode) {
        String region = regionCode == null ? "" : regionCode;
        return list(
                "active = true and (unitId = ?1 or (regionPrefix is not null and ?2 like concat(regionPrefix, '%')))"
                        + " order by createdAt, id",
                unitId, region);
    }

    /**
     * Active subscriptions of any of the units, and every active region subscription: what {@link #receiving} could
     * return for these units in any region, in one query.
     */
    public static List<Subscription> receivingAny(Collection<String> unitIds) {
        return list(
                "active = true and (unitId in ?1 or regionPrefix is not null) order by createdAt, id",
                Set.copyOf(unitIds));
    }
}
