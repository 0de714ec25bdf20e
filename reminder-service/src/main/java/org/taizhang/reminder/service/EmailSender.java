package org.taizhang.reminder.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.taizhang.reminder.config.ReminderConfig;

/** Sends a reminder as a plain-text e-mail through the configured SMTP server, waiting at most the mail timeout. */
@ApplicationScoped
public class EmailSender {

    private final ReactiveMailer mailer;
    private final String subjectPrefix;
    private final Duration timeout;

    @Inject
    public EmailSender(ReactiveMailer mailer, ReminderConfig config) {
        this(mailer, config.mailSubjectPrefix(), config.mailTimeout());
    }

    EmailSender(ReactiveMailer mailer, String subjectPrefix, Duration timeout) {
        this.mailer = mailer;
        this.subjectPrefix = subjectPrefix;
        this.timeout = timeout;
    }

    public Outcome send(Outgoing outgoing) {
        Mail mail = Mail.withText(
                outgoing.target(),
                outgoing.message().subject(subjectPrefix),
                outgoing.message().text());
        try {
            // The worker's lease margin counts on this bound; the blocking Mailer's own (quarkus.mailer.timeout) is
            // another setting, which the worker would not see.
            mailer.send(mail).await().atMost(timeout);
            return Outcome.ok();
        } catch (TimeoutException e) {
            // The relay may still accept the mail after we stopped waiting; a retry is the lesser harm than losing it.
            return Outcome.failed("No answer from the SMTP server within " + timeout);
        } catch (RuntimeException e) {
            // The SMTP server refused or could not be reached; either may pass, so the delivery is retried.
            return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
