package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.taizhang.reminder.delivery.Reply.Kind;

class RobotAnswerTest {

    @Test
    void shouldTakeErrcodeZeroAsDelivered() {
        assertThat(RobotAnswer.wecom(200, json("{\"errcode\":0,\"errmsg\":\"ok\"}"))
                        .kind())
                .isEqualTo(Kind.DELIVERED);
        assertThat(RobotAnswer.dingTalk(200, json("{\"errcode\":0,\"errmsg\":\"ok\"}"))
                        .kind())
                .isEqualTo(Kind.DELIVERED);
    }

    @Test
    void shouldRetryRateLimitsAndGiveUpOnABadKey() {
        Reply limited = RobotAnswer.wecom(200, json("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"));
        Reply badKey = RobotAnswer.wecom(200, json("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));

        assertThat(limited).isEqualTo(Reply.retry("WeCom errcode 45009: api freq out of limit"));
        assertThat(badKey.kind()).isEqualTo(Kind.GIVE_UP);
    }

    @Test
    void shouldRetrySendTooFastAndGiveUpOnAKeywordOrSignatureMismatch() {
        assertThat(RobotAnswer.dingTalk(200, json("{\"errcode\":130101,\"errmsg\":\"send too fast\"}"))
                        .kind())
                .isEqualTo(Kind.RETRY);
        assertThat(RobotAnswer.dingTalk(200, json("{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}")))
                .isEqualTo(Reply.giveUp("DingTalk errcode 310000: keywords not in content"));
    }

    @Test
    void shouldRetryServerErrorsAndAnswersWithoutErrcodeButNotAMissingPage() {
        assertThat(RobotAnswer.wecom(502, null).kind()).isEqualTo(Kind.RETRY);
        assertThat(RobotAnswer.wecom(429, null).kind()).isEqualTo(Kind.RETRY);
        assertThat(RobotAnswer.dingTalk(404, null).kind()).isEqualTo(Kind.GIVE_UP);
        assertThat(RobotAnswer.dingTalk(200, json("<html>proxy</html>")).kind()).isEqualTo(Kind.RETRY);
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
