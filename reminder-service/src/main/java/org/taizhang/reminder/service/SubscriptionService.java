package org.taizhang.reminder.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reminder.delivery.MobileNumbers;
import org.taizhang.reminder.delivery.SecretMask;
import org.taizhang.reminder.delivery.WebhookTargetRule.Verdict;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Subscription;

/** Subscriptions of units and regions to reminders, by webhook, e-mail, WeCom or DingTalk robot, or SMS. */
@ApplicationScoped
public class SubscriptionService {

    private final WebhookTargets targets;
    private final SmsSender sms;

    public SubscriptionService(WebhookTargets targets, SmsSender sms) {
        this.targets = targets;
        this.sms = sms;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Subscription> list(String unitId, String regionCode, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", "from Subscription s where ", " order by s.createdAt, s.id");
        where.add("1 = 1");
        if (unitId != null && !unitId.isBlank()) {
            where.add("s.unitId = :unit");
            params.put("unit", unitId.trim());
        }
        if (regionCode != null && !regionCode.isBlank()) {
            where.add("s.regionCode = :region");
            params.put("region", regionCode.trim());
        }
        var found = Subscription.<Subscription>find(where.toString(), params).page(Page.of(page, size));
        return new Slice<>(found.list(), page, size, found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription get(UUID id) {
        return Subscription.<Subscription>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("Subscription", id));
    }

    @Transactional
    public Subscription create(SubscriptionDetails details, String by, Instant now) {
        List<Problem.Violation> refused = refusedTarget(details);
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.createdBy = by;
        s.createdAt = now;
        apply(s, details, refused, by, now);
        s.persist();
        return s;
    }

    @Transactional
    public Subscription update(UUID id, SubscriptionDetails details, String by, Instant now) {
        List<Problem.Violation> refused = refusedTarget(details);
        Subscription s = get(id);
        apply(s, details, refused, by, now);
        return s;
    }

    /** Removes it; its pending deliveries then fail, its delivered ones stay in the log. */
    @Transactional
    public void delete(UUID id) {
        get(id).delete();
    }

    /**
     * Why the webhook's target is refused, if it is. Judged before the database is first used, so that a slow
     * DNS answer holds no connection. A name DNS does not know (yet) passes: every delivery judges it again.
     */
    private List<Problem.Violation> refusedTarget(SubscriptionDetails d) {
        if (!d.channel().toUrl() || !ChannelRules.httpUrl(d.url())) {
            return List.of();
        }
        Verdict verdict = targets.judge(URI.create(d.url().trim()));
        return verdict.kind() == Verdict.Kind.REFUSED
                ? List.of(new Problem.Violation("url", verdict.reason()))
                : List.of();
    }

    private void apply(Subscription s, SubscriptionDetails d, List<Problem.Violation> refused, String by, Instant now) {
        boolean sameChannel = s.channel == d.channel();
        String secret = d.secret() != null ? d.secret() : sameChannel ? s.secret : null;
        // The API shows a robot's URL with its key hidden: sent back unchanged (or left out), it keeps the key.
        boolean keepUrl = sameChannel
                && (s.channel == Channel.WECOM || s.channel == Channel.DINGTALK)
                && (d.url() == null || d.url().trim().equals(SecretMask.url(s.url)));
        String url = keepUrl ? s.url : d.url() == null ? null : d.url().trim();
        List<Problem.Violation> errors = ChannelRules.violations(d, url, secret);
        if (d.channel() == Channel.SMS && !sms.available()) {
            errors.add(new Problem.Violation(
                    "channel", "SMS is not configured on this deployment (taizhang.reminders.sms.provider)"));
        }
        errors.addAll(refused);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The subscription is not valid: " + errors.size() + " error(s)", errors);
        }
        Channel channel = d.channel();
        s.unitId = blankToNull(d.unitId());
        s.regionCode = blankToNull(d.regionCode());
        s.regionPrefix = s.regionCode == null ? null : RegionCodes.significant(s.regionCode);
        s.channel = channel;
        s.url = channel.toUrl() ? url : null;
        s.secret = channel == Channel.WEBHOOK || channel == Channel.DINGTALK ? blankToNull(secret) : null;
        s.email = channel == Channel.EMAIL ? d.email().trim() : null;
        s.keyword = channel == Channel.DINGTALK ? blankToNull(d.keyword()) : null;
        s.phones = channel == Channel.SMS ? MobileNumbers.join(d.phones()) : null;
        s.active = d.active();
        s.updatedBy = by;
        s.updatedAt = now;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
