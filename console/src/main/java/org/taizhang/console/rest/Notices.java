package org.taizhang.console.rest;

import java.util.Map;

/**
 * The one-line confirmations a page shows after a change redirected to it (post/redirect/get): the address names
 * which one by a fixed code, so nothing a link carries is ever shown as text.
 */
final class Notices {

    private static final Map<String, String> TEXT = Map.of(
            "imported", "方案已导入为草稿。请核对每项任务旁的提示，修改后发布。",
            "task-saved", "任务已保存。",
            "published", "方案已发布，任务已分解到各责任单位。",
            "derived", "已生成县级方案草稿。",
            "reported", "进展已提交。",
            "urged", "已催办，提醒已发出。",
            "resolved", "已确认单位。",
            "rechecked", "已重新检查全部任务。",
            "saved", "已保存。");

    private Notices() {}

    static String text(String code) {
        return code == null ? null : TEXT.get(code);
    }
}
