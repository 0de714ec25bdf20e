package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.delivery.Reply.Kind;

class TencentSmsAnswerTest {

    @Test
    void shouldTakeASentNumberAsDelivered() {
        Reply reply =
                read("{\"Response\":{\"SendStatusSet\":[{\"SerialNo\":\"5000:1\",\"PhoneNumber\":\"+8613800138000\","
                        + "\"Fee\":1,\"SessionContext\":\"d-1\",\"Code\":\"Ok\",\"Message\":\"send success\",\"IsoCode\":\"CN\"},"
                        + "{\"PhoneNumber\":\"+8613900139000\",\"Code\":\"LimitExceeded.PhoneNumberDailyLimit\","
                        + "\"Message\":\"daily limit\"}],\"RequestId\":\"r-1\"}}");

        assertThat(reply.kind()).as("a retry would text the first number twice").isEqualTo(Kind.DELIVERED);
    }

    @Test
    void shouldGiveUpOnBadCredentialsAndRetryRateLimits() {
        Reply badSignature = read("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\","
                + "\"Message\":\"The provided credentials could not be validated.\"},\"RequestId\":\"r-2\"}}");
        Reply limited = read("{\"Response\":{\"Error\":{\"Code\":\"RequestLimitExceeded\","
                + "\"Message\":\"Your current request times equals to `21` in a second\"},\"RequestId\":\"r-3\"}}");
        Reply numberLimited = read("{\"Response\":{\"SendStatusSet\":[{\"PhoneNumber\":\"+8613800138000\","
                + "\"Code\":\"LimitExceeded.PhoneNumberThirtySecondLimit\",\"Message\":\"30s limit\"}],"
                + "\"RequestId\":\"r-4\"}}");

        assertThat(badSignature.kind()).isEqualTo(Kind.GIVE_UP);
        assertThat(badSignature.detail()).startsWith("Tencent Cloud SMS AuthFailure.SignatureFailure: ");
        assertThat(limited.kind()).isEqualTo(Kind.RETRY);
        assertThat(numberLimited.kind()).isEqualTo(Kind.RETRY);
    }

    @Test
    void shouldGiveUpOnAnUnapprovedTemplate() {
        assertThat(read("{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.TemplateIncorrectOrUnapproved\","
                                + "\"Message\":\"template not approved\"},\"RequestId\":\"r-5\"}}")
                        .kind())
                .isEqualTo(Kind.GIVE_UP);
    }

    private static Reply read(String json) {
        return TencentSmsAnswer.read(200, json.getBytes(StandardCharsets.UTF_8));
    }
}
