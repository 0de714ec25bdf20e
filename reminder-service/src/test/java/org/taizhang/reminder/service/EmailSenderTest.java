package org.taizhang.reminder.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.events.reminder.ReminderKind;
import org.taizhang.reminder.delivery.ReminderMessage;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.policy.EscalationTarget;

class EmailSenderTest {

    private static final Duration MAIL_TIMEOUT = Duration.ofMillis(300);

    private static Outgoing email() {
        ReminderMessage message = new ReminderMessage(
                "d-1",
                "r-1",
                "a-1",
                "p-1",
                "t-1",
                "3",
                "做好政策解读发布工作",
                "u-1",
                "某单位",
                ReminderKind.BEFORE_DUE,
                LocalDate.of(2026, 3, 31),
                5,
                EscalationTarget.UNIT,
                "u-1",
                LocalDate.of(2026, 3, 24),
                Instant.parse("2026-03-24T01:30:00Z"),
                true,
                false,
                null);
        return new Outgoing(UUID.randomUUID(), UUID.randomUUID(), Channel.EMAIL, "u-1@example.gov.cn", null, message);
    }

    @Test
    void shouldGiveUpOnARelayThatDoesNotAnswerWithinTheMailTimeout() {
        ReactiveMailer silentRelay = mails -> Uni.createFrom().nothing();
        EmailSender sender = new EmailSender(silentRelay, "【台账提醒】", MAIL_TIMEOUT);

        long started = System.nanoTime();
        Outcome outcome = sender.send(email());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.retryable()).isTrue();
        assertThat(outcome.error()).contains("within PT0.3S");
        assertThat(took).isBetween(MAIL_TIMEOUT, Duration.ofSeconds(5));
    }

    @Test
    void shouldCountAMailTheRelayAcceptedAsDelivered() {
        ReactiveMailer relay = mails -> Uni.createFrom().voidItem();

        Outcome outcome = new EmailSender(relay, "【台账提醒】", MAIL_TIMEOUT).send(email());

        assertThat(outcome).isEqualTo(Outcome.ok());
    }
}
