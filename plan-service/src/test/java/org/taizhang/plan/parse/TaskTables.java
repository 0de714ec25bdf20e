package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitMention;

/** The small task table every carrier test imports, and what an import of it must yield. */
final class TaskTables {

    static final List<List<String>> ROWS = List.of(
            List.of("序号", "工作任务", "责任单位", "完成时限"),
            List.of("1", "公开政策文件", "市政府办公室", "年底前"),
            List.of("2", "公开权责清单", "市政府办公室", "6月底前"),
            List.of("3", "公开预决算信息", "市财政局", "持续推进"));

    private TaskTables() {}

    /** Asserts that {@code document} holds the three tasks of {@link #ROWS}. */
    static void assertThreeTasks(ParsedDocument document) {
        assertThat(document.tasks()).extracting(ParsedTask::title).containsExactly("公开政策文件", "公开权责清单", "公开预决算信息");
        assertThat(document.tasks())
                .extracting(t -> t.units().stream().map(UnitMention::name).toList())
                .containsExactly(List.of("市政府办公室"), List.of("市政府办公室"), List.of("市财政局"));
        assertThat(document.tasks())
                .extracting(t -> t.deadline().kind())
                .containsExactly(DeadlineKind.FIXED, DeadlineKind.FIXED, DeadlineKind.ONGOING);
    }

    static byte[] fixture(String name) {
        try (InputStream in = TaskTables.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
