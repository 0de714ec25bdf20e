package org.taizhang.reminder.delivery;

import java.util.Map;

/**
 * A reminder as a group robot's markdown message: the task and what is due, the unit, the deadline in working days,
 * who it is for and a link to the assignment in the console. Cut to the platform's limit from the body, so that the
 * link at the end and a DingTalk keyword at the start always survive.
 */
public final class ChatMessage {

    /** WeCom's documented limit for a markdown robot message's content, in UTF-8 bytes. */
    public static final int WECOM_MAX_BYTES = 4096;

    /** DingTalk documents no exact bound for markdown text; kept well under what its robots accept. */
    public static final int DINGTALK_MAX_BYTES = 5000;

    /** A DingTalk title appears in the notification and the conversation list: short. */
    public static final int DINGTALK_TITLE_MAX_CHARS = 64;

    private ChatMessage() {}

    /** WeCom's {@code {"msgtype":"markdown","markdown":{"content":…}}}. */
    public static Map<String, Object> wecom(ReminderMessage message, String link) {
        String body = "**" + message.headline() + "**\n"
                + "> 责任单位：" + message.unit() + "\n"
                + "> " + message.deadline() + "\n"
                + "> 提醒对象：" + message.audience() + "\n"
                + note(message, "> ");
        String tail = "\n[登录台账系统查看](" + link + ")";
        String content = TextCut.toBytesMarked(body, WECOM_MAX_BYTES - TextCut.utf8Length(tail)) + tail;
        return Map.of("msgtype", "markdown", "markdown", Map.of("content", content));
    }

    /**
     * DingTalk's {@code {"msgtype":"markdown","markdown":{"title":…,"text":…}}}; a keyword the robot requires (its
     * keyword security rule) that the text lacks is put in front of both.
     */
    public static Map<String, Object> dingTalk(ReminderMessage message, String link, String keyword) {
        String lead =
                keyword == null || keyword.isBlank() || message.headline().contains(keyword) ? "" : "【" + keyword + "】";
        String title = TextCut.toChars(lead + "台账提醒：" + message.headline(), DINGTALK_TITLE_MAX_CHARS);
        String head = "#### " + lead + message.headline() + "\n\n";
        String body = "> 责任单位：" + message.unit() + "\n\n"
                + "> " + message.deadline() + "\n\n"
                + "> 提醒对象：" + message.audience() + "\n\n"
                + note(message, "> ");
        String tail = "\n\n[登录台账系统查看](" + link + ")";
        int room = DINGTALK_MAX_BYTES - TextCut.utf8Length(head) - TextCut.utf8Length(tail);
        String text = head + TextCut.toBytesMarked(body, Math.max(room, 0)) + tail;
        return Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", text));
    }

    private static String note(ReminderMessage message, String quote) {
        StringBuilder lines = new StringBuilder();
        if (message.note() != null && !message.note().isBlank()) {
            lines.append(quote).append("催办说明：").append(message.note()).append('\n');
        }
        if (!message.officialCalendar()) {
            lines.append(quote).append("（当年节假日安排尚未导入，工作日按周末推算。）\n");
        }
        return lines.toString();
    }
}
