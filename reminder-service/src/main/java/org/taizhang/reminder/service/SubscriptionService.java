package org.taizhang.reminder.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reminder.delivery.WebhookTargetRule.Verdict;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.entity.Subscription;

/** Subscriptions of units and regions to reminders, by webhook or e-mail. */
@ApplicationScoped
public class SubscriptionService {

    static final int MIN_SECRET = 16;

    private final WebhookTargets targets;

    public SubscriptionService(WebhookTargets targets) {
        this.targets = targets;
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
        if (d.channel() != Channel.WEBHOOK || !httpUrl(d.url())) {
            return List.of();
        }
        Verdict verdict = targets.judge(URI.create(d.url().trim()));
        return verdict.kind() == Verdict.Kind.REFUSED
                ? List.of(new Problem.Violation("url", verdict.reason()))
                : List.of();
    }

    private static void apply(
            Subscription s, SubscriptionDetails d, List<Problem.Violation> refused, String by, Instant now) {
        String secret = d.secret() != null ? d.secret() : s.channel == Channel.WEBHOOK ? s.secret : null;
        List<Problem.Violation> errors = violations(d, secret);
        errors.addAll(refused);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The subscription is not valid: " + errors.size() + " error(s)", errors);
        }
        s.unitId = blankToNull(d.unitId());
        s.regionCode = blankToNull(d.regionCode());
        s.regionPrefix = s.regionCode == null ? null : RegionCodes.significant(s.regionCode);
        s.channel = d.channel();
        s.url = d.channel() == Channel.WEBHOOK ? d.url().trim() : null;
        s.secret = d.channel() == Channel.WEBHOOK ? secret : null;
        s.email = d.channel() == Channel.EMAIL ? d.email().trim() : null;
        s.active = d.active();
        s.updatedBy = by;
        s.updatedAt = now;
    }

    private static List<Problem.Violation> violations(SubscriptionDetails d, String secret) {
        List<Problem.Violation> errors = new ArrayList<>();
        boolean unit = blankToNull(d.unitId()) != null;
        boolean region = blankToNull(d.regionCode()) != null;
        if (unit == region) {
            errors.add(new Problem.Violation("unitId", "give either unitId or regionCode, not both nor neither"));
        }
        if (region && RegionCodes.significant(d.regionCode()).isEmpty()) {
            errors.add(new Problem.Violation("regionCode", "is not an administrative division code"));
        }
        if (d.channel() == Channel.WEBHOOK) {
            if (!httpUrl(d.url())) {
                errors.add(new Problem.Violation("url", "an absolute http or https URL is required"));
            }
            if (secret == null || secret.length() < MIN_SECRET) {
                errors.add(new Problem.Violation("secret", "at least " + MIN_SECRET + " characters are required"));
            }
        } else if (d.channel() == Channel.EMAIL && blankToNull(d.email()) == null) {
            errors.add(new Problem.Violation("email", "an e-mail address is required"));
        }
        return errors;
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = url == null ? null : new URI(url.trim());
            return uri != null
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
