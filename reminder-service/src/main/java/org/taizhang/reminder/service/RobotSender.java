package org.taizhang.reminder.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;
import org.taizhang.reminder.config.ReminderConfig;
import org.taizhang.reminder.delivery.ChatMessage;
import org.taizhang.reminder.delivery.DingTalkSignature;
import org.taizhang.reminder.delivery.Reply;
import org.taizhang.reminder.delivery.RobotAnswer;
import org.taizhang.reminder.entity.Channel;
import org.taizhang.reminder.service.GuardedPost.Exchange;

/**
 * Posts a reminder to a WeCom or DingTalk group robot as a markdown message linking to the assignment in the console;
 * a DingTalk robot with a secret gets the request signed in its URL at the time of sending. Delivered only when the
 * robot answers errcode 0 ({@link RobotAnswer}).
 */
@ApplicationScoped
public class RobotSender {

    private static final Map<String, String> JSON_UTF8 = Map.of("Content-Type", "application/json; charset=utf-8");

    private final ObjectMapper mapper;
    private final Clock clock;
    private final GuardedPost http;
    private final String consoleUrl;

    public RobotSender(ObjectMapper mapper, Clock clock, GuardedPost http, ReminderConfig config) {
        this.mapper = mapper;
        this.clock = clock;
        this.http = http;
        this.consoleUrl = stripSlash(config.consoleUrl());
    }

    public Outcome send(Outgoing outgoing) {
        String link = consoleUrl + "/assignments/" + outgoing.message().assignmentId();
        boolean wecom = outgoing.channel() == Channel.WECOM;
        Map<String, Object> message = wecom
                ? ChatMessage.wecom(outgoing.message(), link)
                : ChatMessage.dingTalk(outgoing.message(), link, outgoing.keyword());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            return Outcome.hopeless("Cannot send to " + outgoing.shownTarget() + ": " + e.getMessage());
        }
        // DingTalk refuses a timestamp an hour off: it is the real time of sending, not the worker's tick.
        String url = wecom
                ? outgoing.target()
                : DingTalkSignature.signedUrl(outgoing.target(), outgoing.secret(), clock.millis());
        Exchange answer = http.post(url, outgoing.shownTarget(), JSON_UTF8, body, true);
        if (answer.failure() != null) {
            return answer.failure();
        }
        Reply reply = wecom
                ? RobotAnswer.wecom(answer.status(), answer.body())
                : RobotAnswer.dingTalk(answer.status(), answer.body());
        return Outcome.of(reply);
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
