package org.taizhang.reminder.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Optional;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.config.SmsConfig;
import org.taizhang.reminder.delivery.MobileNumbers;
import org.taizhang.reminder.delivery.SmsTemplate;

/**
 * Texts a reminder to an SMS subscription's numbers through the provider the configuration names
 * (taizhang.reminders.sms.provider), with the template's variables cut to the provider's limit.
 */
// Created at startup so that a provider named without its credentials stops the service, not the first delivery.
@Startup
@ApplicationScoped
public class SmsSender {

    private final Optional<SmsProvider> provider;
    private final String link;
    private final int maxChars;

    public SmsSender(ObjectMapper mapper, Clock clock, GuardedPost http, ReminderConfig config) {
        SmsConfig sms = config.sms();
        this.provider = switch (sms.provider()) {
            case NONE -> Optional.empty();
            case TENCENT -> Optional.of(new TencentSms(mapper, clock, http, sms));
        };
        this.link = sms.link().orElse(config.consoleUrl());
        this.maxChars = sms.paramMaxChars();
        if (provider.isPresent() && link.length() > maxChars) {
            Log.warnf(
                    "The SMS link %s is longer than taizhang.reminders.sms.param-max-chars (%d): the provider may"
                            + " refuse it; set SMS_LINK to a short address",
                    link, maxChars);
        }
    }

    /** Whether a provider is configured; without one SMS subscriptions are refused. */
    public boolean available() {
        return provider.isPresent();
    }

    public Outcome send(Outgoing outgoing) {
        if (provider.isEmpty()) {
            return Outcome.hopeless("No SMS provider is configured (taizhang.reminders.sms.provider)");
        }
        return provider.get()
                .send(
                        MobileNumbers.e164(outgoing.target()),
                        SmsTemplate.params(outgoing.message(), link, maxChars),
                        outgoing.deliveryId().toString());
    }
}
