package org.taizhang.reminder.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads Tencent Cloud's SendSms answer: {@code Response.Error} for a refused request, otherwise one
 * {@code SendStatusSet} entry per number with Code "Ok" when sent. Any number sent makes the delivery delivered
 * (a retry would text the others twice); rate and frequency limits and server errors are retried; bad credentials,
 * an unapproved template or sign, or a bad number go to the dead letters.
 */
public final class TencentSmsAnswer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TencentSmsAnswer() {}

    public static Reply read(int status, byte[] body) {
        if (status / 100 != 2) {
            return Reply.ofStatus(status);
        }
        JsonNode response;
        try {
            response = body == null ? null : MAPPER.readTree(body).path("Response");
        } catch (IOException e) {
            response = null;
        }
        if (response == null || response.isMissingNode()) {
            return Reply.retry("Tencent Cloud SMS answered HTTP " + status + " without a Response");
        }
        JsonNode error = response.path("Error");
        if (!error.isMissingNode()) {
            return byCode(error.path("Code").asText(), error.path("Message").asText(""));
        }
        JsonNode first = null;
        for (JsonNode sent : response.path("SendStatusSet")) {
            if ("Ok".equals(sent.path("Code").asText())) {
                return Reply.delivered();
            }
            first = first == null ? sent : first;
        }
        return first == null
                ? Reply.retry("Tencent Cloud SMS answered without a send status")
                : byCode(first.path("Code").asText(), first.path("Message").asText(""));
    }

    static Reply byCode(String code, String message) {
        String detail = "Tencent Cloud SMS " + code + ": " + TextCut.toChars(message, 300);
        boolean passes = code.startsWith("RequestLimitExceeded")
                || code.startsWith("InternalError")
                || code.startsWith("LimitExceeded")
                || code.equals("FailedOperation.InsufficientBalanceInSmsPackage");
        return passes ? Reply.retry(detail) : Reply.giveUp(detail);
    }
}
