package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.entity.Channel;

class LeaseMarginTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private final LeaseMargin margin = new LeaseMargin(LEASE, Duration.ofSeconds(10), Duration.ofSeconds(60));

    @Test
    void shouldNotStartAnEmailThatCouldEndAfterTheLease() {
        Duration fortySecondsLeft = LEASE.minusSeconds(40);

        assertThat(margin.allows(Channel.EMAIL, fortySecondsLeft)).isFalse();
        assertThat(margin.allows(Channel.WEBHOOK, fortySecondsLeft)).isTrue();
    }

    @Test
    void shouldStartAnEmailOnlyWhileItsWholeTimeoutFitsBeforeTheLeaseLapses() {
        assertThat(margin.allows(Channel.EMAIL, Duration.ofSeconds(59))).isTrue();
        assertThat(margin.allows(Channel.EMAIL, Duration.ofSeconds(60))).isFalse();
        assertThat(margin.allows(Channel.WEBHOOK, Duration.ofSeconds(109))).isTrue();
        assertThat(margin.allows(Channel.WEBHOOK, Duration.ofSeconds(110))).isFalse();
    }

    @Test
    void shouldBeWorthClaimingWhileTheShortestTimeoutFits() {
        assertThat(margin.allowsAny(Duration.ofSeconds(100))).isTrue();
        assertThat(margin.allowsAny(Duration.ofSeconds(110))).isFalse();
    }

    @Test
    void shouldRefuseALeaseShorterThanTwiceTheLongestTimeout() {
        assertThatThrownBy(() -> new LeaseMargin(LEASE, Duration.ofSeconds(10), Duration.ofSeconds(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("taizhang.reminders.delivery-lease")
                .hasMessageContaining("mail-timeout PT1M30S")
                .hasMessageContaining("REMINDER_DELIVERY_LEASE to PT3M");
        assertThatThrownBy(() -> new LeaseMargin(LEASE, Duration.ofSeconds(61), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhook-timeout PT1M1S");
        assertThat(new LeaseMargin(LEASE, Duration.ofSeconds(60), Duration.ofSeconds(60)).lease())
                .isEqualTo(LEASE);
    }

    @Test
    void shouldRefuseATimeoutThatIsNotPositive() {
        assertThatThrownBy(() -> new LeaseMargin(LEASE, Duration.ofSeconds(10), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("taizhang.reminders.mail-timeout");
    }
}
