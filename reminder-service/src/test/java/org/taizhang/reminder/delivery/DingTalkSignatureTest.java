package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DingTalkSignatureTest {

    private static final String SECRET = "SEC-this-is-a-test-secret";

    @Test
    void shouldSignTimestampNewlineSecretAsDingTalkDocuments() {
        // Computed independently: base64(HmacSHA256(secret, "1700000000000\n" + secret)), URL-encoded (Python).
        assertThat(DingTalkSignature.sign(SECRET, 1_700_000_000_000L))
                .isEqualTo("yzr40fVqPCt2Psxo8PVkPAxvTSJTaZl4ftA4r0rFOIQ%3D");
    }

    @Test
    void shouldAppendTimestampAndSignOnlyWhenTheRobotHasASecret() {
        String url = "https://oapi.dingtalk.com/robot/send?access_token=abc";

        assertThat(DingTalkSignature.signedUrl(url, SECRET, 1_700_000_000_000L))
                .isEqualTo(url + "&timestamp=1700000000000&sign=yzr40fVqPCt2Psxo8PVkPAxvTSJTaZl4ftA4r0rFOIQ%3D");
        assertThat(DingTalkSignature.signedUrl(url, null, 1_700_000_000_000L)).isEqualTo(url);
    }
}
