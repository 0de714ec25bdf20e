package org.taizhang.reminder.service;

import static org.taizhang.reminder.service.SubscriptionService.blankToNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.region.RegionCodes;
import org.taizhang.reminder.delivery.MobileNumbers;

/**
 * What a subscription must hold on each channel: a unit or a region; a webhook's URL and secret; an e-mail address; a
 * WeCom robot URL with its {@code key}; a DingTalk robot URL with its {@code access_token}, and optionally its signing
 * secret and keyword; or mainland mobile numbers.
 */
final class ChannelRules {

    static final int MIN_SECRET = 16;

    private ChannelRules() {}

    /** Every violation of {@code d}, taking {@code url} and {@code secret} as they will be stored. */
    static List<Problem.Violation> violations(SubscriptionDetails d, String url, String secret) {
        List<Problem.Violation> errors = new ArrayList<>();
        boolean unit = blankToNull(d.unitId()) != null;
        boolean region = blankToNull(d.regionCode()) != null;
        if (unit == region) {
            errors.add(new Problem.Violation("unitId", "give either unitId or regionCode, not both nor neither"));
        }
        if (region && RegionCodes.significant(d.regionCode()).isEmpty()) {
            errors.add(new Problem.Violation("regionCode", "is not an administrative division code"));
        }
        switch (d.channel()) {
            case WEBHOOK -> {
                requireUrl(errors, url, null);
                if (secret == null || secret.length() < MIN_SECRET) {
                    errors.add(new Problem.Violation("secret", "at least " + MIN_SECRET + " characters are required"));
                }
            }
            case EMAIL -> {
                if (blankToNull(d.email()) == null) {
                    errors.add(new Problem.Violation("email", "an e-mail address is required"));
                }
            }
            case WECOM -> requireUrl(errors, url, "key");
            case DINGTALK -> {
                requireUrl(errors, url, "access_token");
                if (secret != null && !secret.isBlank() && secret.trim().length() < MIN_SECRET) {
                    errors.add(new Problem.Violation(
                            "secret", "the robot's signing secret (SEC…) has at least " + MIN_SECRET + " characters"));
                }
                if (d.keyword() != null && d.keyword().isBlank()) {
                    errors.add(new Problem.Violation("keyword", "leave it out, or give the robot's keyword"));
                }
            }
            case SMS ->
                MobileNumbers.problems(d.phones())
                        .forEach(problem -> errors.add(new Problem.Violation("phones", problem)));
        }
        return errors;
    }

    static boolean httpUrl(String url) {
        try {
            URI uri = url == null ? null : new URI(url.trim());
            return uri != null
                    && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An absolute http(s) URL, with a non-empty query parameter {@code key} when one is named. */
    private static void requireUrl(List<Problem.Violation> errors, String url, String key) {
        if (!httpUrl(url)) {
            errors.add(new Problem.Violation("url", "an absolute http or https URL is required"));
        } else if (key != null && !hasParam(URI.create(url.trim()).getRawQuery(), key)) {
            errors.add(new Problem.Violation("url", "the robot's URL must carry its " + key + " parameter"));
        }
    }

    private static boolean hasParam(String query, String name) {
        if (query == null) {
            return false;
        }
        for (String param : query.split("&")) {
            if (param.startsWith(name + "=") && param.length() > name.length() + 1) {
                return true;
            }
        }
        return false;
    }
}
