package org.taizhang.reminder.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * Reads a WeCom or DingTalk robot's answer: both answer HTTP 200 with {@code {"errcode":…,"errmsg":…}}, 0 meaning
 * sent. Rate limits and busy servers are retried with backoff; a bad key or token, a failed signature or keyword
 * rule, or a message the platform refuses goes to the dead letters at once, since a retry would be refused alike.
 */
public final class RobotAnswer {

    /** WeCom: -1 system busy, 45009 api freq out of limit (20 messages a minute per robot). */
    private static final Set<Integer> WECOM_RETRY = Set.of(-1, 45009);

    /** WeCom: 93000 invalid webhook url (key), 40008 bad msgtype, 40058 bad parameter, 44004 empty content. */
    private static final Set<Integer> WECOM_GIVE_UP = Set.of(93000, 40008, 40058, 44004);

    /** DingTalk: -1 system busy, 130101 and 410100 send too fast (20 messages a minute per robot). */
    private static final Set<Integer> DINGTALK_RETRY = Set.of(-1, 130101, 410100);

    /** DingTalk: 310000 keyword, signature or IP rule not met, 300001 and 300005 no such access token. */
    private static final Set<Integer> DINGTALK_GIVE_UP = Set.of(310000, 300001, 300005);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RobotAnswer() {}

    public static Reply wecom(int status, byte[] body) {
        return read("WeCom", status, body, WECOM_RETRY, WECOM_GIVE_UP);
    }

    public static Reply dingTalk(int status, byte[] body) {
        return read("DingTalk", status, body, DINGTALK_RETRY, DINGTALK_GIVE_UP);
    }

    private static Reply read(String platform, int status, byte[] body, Set<Integer> retry, Set<Integer> giveUp) {
        if (status / 100 != 2) {
            return Reply.ofStatus(status);
        }
        if (body == null) {
            // The answer came in whole before it could be read (see GuardedPost): the robot took the message.
            return Reply.delivered();
        }
        JsonNode answer;
        try {
            answer = MAPPER.readTree(body);
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !answer.path("errcode").isInt()) {
            return Reply.retry(platform + " answered HTTP " + status + " without an errcode");
        }
        int code = answer.get("errcode").asInt();
        if (code == 0) {
            return Reply.delivered();
        }
        String detail = platform + " errcode " + code + ": "
                + TextCut.toChars(answer.path("errmsg").asText(""), 300);
        if (retry.contains(code)) {
            return Reply.retry(detail);
        }
        return giveUp.contains(code) ? Reply.giveUp(detail) : Reply.retry(detail);
    }
}
