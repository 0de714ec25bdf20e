package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChatMessageTest {

    private static final String LINK = "https://taizhang.example.gov.cn/assignments/a-1";

    @Test
    void shouldNameTaskUnitWorkingDaysAndLinkInAWeComMarkdownMessage() {
        Map<String, Object> message = ChatMessage.wecom(Messages.beforeDue("做好政策解读发布工作", "市发展改革委", null), LINK);

        assertThat(message).containsEntry("msgtype", "markdown");
        assertThat(content(message))
                .startsWith("**第7项任务「做好政策解读发布工作」距截止日期还有5个工作日**\n")
                .contains("> 责任单位：市发展改革委\n", "> 截止日期：2026-03-31（剩5个工作日）\n")
                .endsWith("[登录台账系统查看](" + LINK + ")");
    }

    @Test
    void shouldCutALongWeComMessageTo4096BytesKeepingTheLink() {
        String note = "请于本周内报送落实情况及佐证材料。".repeat(400);

        String content = content(ChatMessage.wecom(Messages.beforeDue("做好政策解读发布工作", "市发展改革委", note), LINK));

        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(content).contains(TextCut.MARK).endsWith("(" + LINK + ")");
    }

    @Test
    void shouldPutTheRobotsKeywordInFrontWhenTheMessageLacksIt() {
        Map<String, String> markdown =
                markdown(ChatMessage.dingTalk(Messages.beforeDue("做好政策解读发布工作", "市发展改革委", null), LINK, "台账提醒"));

        assertThat(markdown.get("title")).startsWith("【台账提醒】台账提醒：第7项任务");
        assertThat(markdown.get("text"))
                .startsWith("#### 【台账提醒】第7项任务「做好政策解读发布工作」距截止日期还有5个工作日\n\n")
                .contains("> 责任单位：市发展改革委", "剩5个工作日")
                .endsWith("[登录台账系统查看](" + LINK + ")");
    }

    @Test
    void shouldLeaveTheKeywordOutWhenTheTaskAlreadyNamesItAndKeepTheTitleShort() {
        String title = "政策解读".repeat(40);
        Map<String, String> markdown =
                markdown(ChatMessage.dingTalk(Messages.beforeDue(title, "某单位", null), LINK, "政策解读"));

        assertThat(markdown.get("text")).startsWith("#### 第7项任务「政策解读");
        assertThat(markdown.get("title").codePointCount(0, markdown.get("title").length()))
                .isEqualTo(ChatMessage.DINGTALK_TITLE_MAX_CHARS);
    }

    @SuppressWarnings("unchecked")
    private static String content(Map<String, Object> message) {
        return ((Map<String, String>) message.get("markdown")).get("content");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> markdown(Map<String, Object> message) {
        assertThat(message).containsEntry("msgtype", "markdown");
        return (Map<String, String>) message.get("markdown");
    }
}
