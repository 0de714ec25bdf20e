package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class HeaderVariationTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    private ParsedDocument importText(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt", 2023);
    }

    @Test
    void shouldFollowTheHeaderWhateverTheColumnOrder() {
        ParsedDocument document = importText("""
                完成时限 | 责任单位 | 牵头单位 | 工作要求 | 工作任务
                6月底前 | 各县（市、区）政府 | 市财政局 | 推进部门预算公开。 | 1.扩大预决算公开范围
                """);

        ParsedTask task = document.tasks().get(0);
        assertThat(task.number()).isEqualTo("1");
        assertThat(task.title()).isEqualTo("扩大预决算公开范围");
        assertThat(task.requirement()).isEqualTo("推进部门预算公开。");
        assertThat(task.deadline().dueDate()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(task.units())
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("市财政局", UnitRole.LEAD), tuple("各县（市、区）政府", UnitRole.RESPONSIBLE));
    }

    @Test
    void shouldReadSupportingUnitsFromAPeiHeColumn() {
        ParsedDocument document = importText("""
                工作任务 | 牵头单位 | 配合单位 | 完成时间
                做好公报工作 | 市政府办公室 | 市司法局 | 每季度
                """);

        ParsedTask task = document.tasks().get(0);
        assertThat(task.supportingRaw()).isEqualTo("市司法局");
        assertThat(task.units())
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("市政府办公室", UnitRole.LEAD), tuple("市司法局", UnitRole.SUPPORTING));
        assertThat(task.deadline().kind()).isEqualTo(DeadlineKind.PERIODIC);
    }

    @Test
    void shouldReadSectionsWrittenInASequenceNumberColumnAndATwoRowHeader() {
        ParsedDocument document = importText("""
                序号 | 工作任务 | 责任单位 | | 完成时限
                | | 牵头单位 | 配合单位 |
                一 | 深化政务公开 | | |
                （一） | 做好规划公开 | | |
                1 | 公开规划纲要 | 市发改委 | 市自然资源局 | 6月底前
                """);

        ParsedTask task = document.tasks().get(0);
        assertThat(document.tasks()).hasSize(1);
        assertThat(task.sectionPath()).containsExactly("一、深化政务公开", "（一）做好规划公开");
        assertThat(task.number()).isEqualTo("1");
        assertThat(task.units())
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(tuple("市发改委", UnitRole.LEAD), tuple("市自然资源局", UnitRole.SUPPORTING));
    }
}
