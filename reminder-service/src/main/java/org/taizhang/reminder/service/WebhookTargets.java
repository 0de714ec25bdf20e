package org.taizhang.reminder.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.WebhookTargetRule;
import org.taizhang.reminder.delivery.WebhookTargetRule.Verdict;

/**
 * This deployment's webhook target rule (taizhang.reminders.webhook-allow) with the system resolver: judged when a
 * subscription is saved and again at every delivery, since a name may be pointed elsewhere in between.
 */
// Created at startup so that an allowed range that is no CIDR stops the service instead of the first delivery.
@Startup
@ApplicationScoped
public class WebhookTargets {

    private final WebhookTargetRule rule;
    private final HostResolver resolver;

    public WebhookTargets(ReminderConfig config, HostResolver resolver) {
        this.rule = config.webhookAllow().rule();
        this.resolver = resolver;
    }

    public Verdict judge(URI url) {
        return rule.judge(url, resolver::addresses);
    }
}
