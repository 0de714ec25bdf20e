package org.taizhang.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.taizhang.reminder.ReminderFixture.beijing;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.entity.DeliveryStatus;
import org.taizhang.reminder.service.DeliveryWorker;
import org.taizhang.reminder.service.ReminderTick;

/** E-mail deliveries through the mailer to the in-process GreenMail server. */
@QuarkusTest
class EmailDeliveryTest {

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    ReminderFixture fixture;

    @Inject
    ReminderTick tick;

    @Inject
    DeliveryWorker worker;

    @Test
    void shouldMailAReminderToTheUnitsAddress() throws Exception {
        String unit = ReminderFixture.unique("u-3394");
        String address = unit + "@example.gov.cn";
        UUID subscription = fixture.emailForUnit(unit, address);
        fixture.track(NewAssignment.fixed("339401", unit, LocalDate.of(2026, 3, 31), beijing(2026, 1, 10, 9, 0)));
        Instant now = beijing(2026, 3, 24, 9, 30);

        tick.tick(now);
        worker.deliverDue(now);

        assertThat(fixture.deliveriesTo(subscription)).singleElement().satisfies(d -> {
            assertThat(d.status).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.target).isEqualTo(address);
        });
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .toList();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).startsWith("【台账提醒】").contains("做好政策解读发布工作", "距截止日期还有5个工作日");
            assertThat(mail.getFrom()[0].toString()).isEqualTo("taizhang-reminders@localhost");
            assertThat(String.valueOf(mail.getContent())).contains(unit + "名称", "截止日期：2026-03-31", "请登录台账系统报送落实情况");
        });
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
