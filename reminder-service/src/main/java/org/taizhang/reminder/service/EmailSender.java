package org.taizhang.reminder.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import org.taizhang.reminder.config.ReminderConfig;

/** Sends a reminder as a plain-text e-mail through the configured SMTP server. */
@ApplicationScoped
public class EmailSender {

    private final Mailer mailer;
    private final ReminderConfig config;

    public EmailSender(Mailer mailer, ReminderConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    public Outcome send(Outgoing outgoing) {
        try {
            mailer.send(Mail.withText(
                    outgoing.target(),
                    outgoing.message().subject(config.mailSubjectPrefix()),
                    outgoing.message().text()));
            return Outcome.ok();
        } catch (RuntimeException e) {
            // The SMTP server refused or could not be reached; either may pass, so the delivery is retried.
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
