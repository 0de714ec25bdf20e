package org.taizhang.console.rest;

import java.util.Map;

/**
 * The one-line confirmations a page shows after a change redirected to it (post/redirect/get): the address names
 * which one by a fixed code, so nothing a link carries is ever shown as text.
 */
final class Notices {

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("imported", "方案已导入为草稿。请核对每项任务旁的提示，修改后发布。"),
            Map.entry("task-saved", "任务已保存。"),
            Map.entry("published", "方案已发布，任务已分解到各责任单位。"),
            Map.entry("derived", "已生成县级方案草稿。"),
            Map.entry("reported", "进展已提交。"),
            Map.entry("urged", "已催办，提醒已发出。"),
            Map.entry("resolved", "已确认单位。"),
            Map.entry("rechecked", "已重新检查全部任务。"),
            Map.entry("saved", "已保存。"),
            Map.entry("dismissed", "已忽略该单位名称。"),
            Map.entry("unit-created", "单位已添加。"),
            Map.entry("unit-deleted", "单位已删除。"),
            Map.entry("policy-reset", "本方案已恢复使用默认提醒规则。"),
            Map.entry("subscribed", "订阅已添加。"),
            Map.entry("unsubscribed", "订阅已删除。"),
            Map.entry("redelivered", "已重新排队发送。"));

    private Notices() {}

    static String text(String code) {
        return code == null ? null : TEXT.get(code);
    }
}
