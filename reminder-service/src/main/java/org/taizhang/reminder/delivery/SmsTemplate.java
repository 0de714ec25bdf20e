package org.taizhang.reminder.delivery;

import java.util.List;

/**
 * The variables of the SMS template a deployment registers with its provider, in this order: the task's title, the
 * unit, where the deadline stands in working days, and the link. Providers limit each variable's length (Tencent
 * Cloud counts characters); every variable but the link is cut to that limit, since a cut link would lead nowhere.
 */
public final class SmsTemplate {

    private SmsTemplate() {}

    public static List<String> params(ReminderMessage message, String link, int maxChars) {
        String title = message.taskTitle() == null ? message.taskId() : message.taskTitle();
        return List.of(cut(title, maxChars), cut(message.unit(), maxChars), cut(message.workingDays(), maxChars), link);
    }

    private static String cut(String text, int maxChars) {
        return TextCut.toChars(text == null ? "" : text, maxChars);
    }
}
