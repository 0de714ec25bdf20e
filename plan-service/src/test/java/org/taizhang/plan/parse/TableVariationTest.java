package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class TableVariationTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    private ParsedDocument importText(String text) {
        return importer.read(text.getBytes(StandardCharsets.UTF_8), "plan.txt", 2023);
    }

    @Test
    void shouldReadTabSeparatedRowsWithNumberAndDeadlineColumns() {
        ParsedDocument document = importText("""
                序号\t重点任务\t责任单位\t完成时限
                1\t做好政府公报工作。\t市政府办公室\t年底前
                2\t持续提升政策解读质量。\t市政府各部门、各县（市、区）政府\t持续推进
                """);

        assertThat(document.tasks())
                .extracting(ParsedTask::number, ParsedTask::title, ParsedTask::deadlineRaw)
                .containsExactly(tuple("1", "做好政府公报工作", "年底前"), tuple("2", "持续提升政策解读质量", "持续推进"));
        assertThat(document.tasks().get(0).deadline().dueDate()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void shouldInferColumnsWithoutAHeader() {
        ParsedDocument document = importText("""
                加强政务公开标准化建设 | 市政务公开办 | 年底前
                做好政策解读工作 | 市政府各部门,各县(市、区)政府 | 持续推进
                """);

        assertThat(document.tasks()).hasSize(2);
        assertThat(document.tasks().get(1).units())
                .extracting(UnitMention::name)
                .containsExactly("市政府各部门", "各县（市、区）政府");
        assertThat(document.tasks().get(1).deadline().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(document.diagnostics()).extracting(ImportDiagnostic::code).contains(ImportDiagnostic.NO_HEADER);
    }

    @Test
    void shouldIgnoreBlankLinesAndExtraSpaces() {
        ParsedDocument document = importText("""

                  工作任务  |  责任单位  |  时限

                  加强 政务 公开  |  市政务 公开办  |  年底前

                """);

        assertThat(document.tasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("加强政务公开");
            assertThat(t.units()).extracting(UnitMention::name).containsExactly("市政务公开办");
        });
    }

    @Test
    void shouldContinueASectionRepeatedAfterAPageBreak() {
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 牵头单位 | 责任单位
                一、深化政务公开 | | |
                (一) 做好规划公开 | | |
                1.公开规划纲要 | 集中展示。 | 市发改委 | 各县(市、区)政府
                工作任务 | 工作要求 | 牵头单位 | 责任单位
                一、深化 政务公开 | | |
                2.公开专项规划 | 集中发布。 | 市发改委 | 各县(市、区)政府
                """);

        assertThat(document.tasks())
                .extracting(ParsedTask::sectionPath)
                .containsOnly(List.of("一、深化政务公开", "(一) 做好规划公开"));
    }

    @Test
    void shouldStartANewSubsectionUnderANewTopSection() {
        ParsedDocument document = importText("""
                工作任务 | 责任单位
                一、甲 | |
                (一) 乙 | |
                1.任务一 | 市发改委
                二、丙 | |
                2.任务二 | 市财政局
                """);

        assertThat(document.tasks())
                .extracting(ParsedTask::sectionPath)
                .containsExactly(List.of("一、甲", "(一) 乙"), List.of("二、丙"));
    }

    @Test
    void shouldReadOneCellPerLineWithoutHeader() {
        ParsedDocument document = importText("""
                加强政务公开标准化建设。
                |
                市政务公开办
                |
                年底前
                |
                做好政策解读工作。
                |
                市政府各部门
                |
                持续推进
                |
                """);

        assertThat(document.tasks()).extracting(ParsedTask::title).containsExactly("加强政务公开标准化建设", "做好政策解读工作");
        assertThat(document.tasks()).extracting(ParsedTask::deadlineRaw).containsExactly("年底前", "持续推进");
    }

    @Test
    void shouldMergeAContinuationLineIntoTheTaskAbove() {
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 责任单位
                1.公开规划 | 通过门户网站 | 市发改委
                集中展示。 | |
                2.公开预算 | 集中公开。 | 市财政局
                """);

        assertThat(document.tasks()).hasSize(2);
        assertThat(document.tasks().get(0).requirement()).isEqualTo("通过门户网站集中展示。");
        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .contains(ImportDiagnostic.MERGED_ROW);
    }

    @Test
    void shouldFlagTasksWithoutUnits() {
        ParsedDocument document = importText("""
                工作任务 | 责任单位 | 时限
                做好公报工作 | | 年底前
                """);

        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .containsExactly(ImportDiagnostic.MISSING_UNITS);
    }

    @Test
    void shouldNotTakeAShiftedTitleThatStartsWithAnOngoingWordForTheDeadline() {
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 牵头单位 | 责任单位 | 完成时限
                1.持续做好政府公报工作 | 市政府办公室 | 各县(市、区)政府 | 年底前
                """);

        ParsedTask task = document.tasks().get(0);
        assertThat(task.title()).isEqualTo("持续做好政府公报工作");
        assertThat(task.deadline().dueDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(task.units()).extracting(UnitMention::role).containsExactly(UnitRole.LEAD, UnitRole.RESPONSIBLE);
        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .contains(ImportDiagnostic.SHIFTED_ROW);
    }

    @Test
    void shouldKeepRequirementThatMentionsTheGovernmentPortalInItsColumn() {
        ParsedDocument document = importText("""
                | 工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限 |
                | 一、系统测试板块 | | | | |
                | 1.公开规划信息 | 在政府门户网站集中公开。 | 市发改委 | 各县（市、区）政府 | 10月底前 |
                """);

        assertThat(document.tasks()).singleElement().satisfies(task -> {
            assertThat(task.number()).isEqualTo("1");
            assertThat(task.sectionPath()).containsExactly("一、系统测试板块");
            assertThat(task.title()).isEqualTo("公开规划信息");
            assertThat(task.requirement()).isEqualTo("在政府门户网站集中公开。");
            assertThat(task.leadRaw()).isEqualTo("市发改委");
            assertThat(task.responsibleRaw()).isEqualTo("各县（市、区）政府");
        });
        assertThat(document.diagnostics())
                .extracting(ImportDiagnostic::code)
                .doesNotContain(ImportDiagnostic.SHIFTED_ROW);
    }

    @Test
    void shouldNotTakeSectionRowsNamedLikeColumnsForASecondHeaderRow() {
        // 板块, 领域 and 方面 are also header words for a section column
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 责任单位 | 完成时限
                一、重点领域信息公开 | | |
                （一）政务服务板块 | | |
                1.公开办事指南 | 在县政府门户网站集中公开。 | 县政务服务中心 | 6月底前
                二、其他方面 | | |
                2.公开预算信息 | 在政府门户网站公开。 | 县财政局 | 年底前
                """);

        assertThat(document.tasks())
                .extracting(ParsedTask::number, ParsedTask::sectionPath, ParsedTask::responsibleRaw)
                .containsExactly(
                        tuple("1", List.of("一、重点领域信息公开", "（一）政务服务板块"), "县政务服务中心"),
                        tuple("2", List.of("二、其他方面"), "县财政局"));
        assertThat(document.diagnostics())
                .extracting(ImportDiagnostic::code)
                .doesNotContain(ImportDiagnostic.SHIFTED_ROW);
    }

    @Test
    void shouldKeepRequirementsThatMentionGovernmentsWithoutAClosingFullStopInTheirColumn() {
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限
                1.公开规划信息 | 在县政府门户网站公开相关信息 | 县发改委 | 各乡镇（街道） | 10月底前
                2.公开政策解读 | 督促各级政府落实 | 市政府办公室 | 各县（市、区）政府 | 年底前
                3.公开预算信息 | 各级政府要在门户网站公开 | 市财政局 | 各级政府 | 持续推进
                4.公开建议提案办理结果 | 依托市政府门户网站集中发布 | 市政府办公室 | 市政府各部门 | 6月底前
                """);

        assertThat(document.tasks())
                .extracting(
                        ParsedTask::number, ParsedTask::requirement, ParsedTask::leadRaw, ParsedTask::responsibleRaw)
                .containsExactly(
                        tuple("1", "在县政府门户网站公开相关信息", "县发改委", "各乡镇（街道）"),
                        tuple("2", "督促各级政府落实", "市政府办公室", "各县（市、区）政府"),
                        tuple("3", "各级政府要在门户网站公开", "市财政局", "各级政府"),
                        tuple("4", "依托市政府门户网站集中发布", "市政府办公室", "市政府各部门"));
        assertThat(document.diagnostics())
                .extracting(ImportDiagnostic::code)
                .doesNotContain(ImportDiagnostic.SHIFTED_ROW);
    }

    @Test
    void shouldStillRealignAShiftedRowWhoseTitleMentionsTheGovernmentPortal() {
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限
                1.在政府门户网站公开规划信息 | 市发改委 | 各级政府 | 10月底前
                """);

        ParsedTask task = document.tasks().get(0);
        assertThat(task.number()).isEqualTo("1");
        assertThat(task.title()).isEqualTo("在政府门户网站公开规划信息");
        assertThat(task.requirement()).isNull();
        assertThat(task.leadRaw()).isEqualTo("市发改委");
        assertThat(task.responsibleRaw()).isEqualTo("各级政府");
        assertThat(task.deadlineRaw()).isEqualTo("10月底前");
        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .contains(ImportDiagnostic.SHIFTED_ROW);
    }

    @Test
    void shouldRealignARowMissingItsLeadCellWithoutTakingItsGovernmentRequirementForUnits() {
        ParsedDocument document = importText("""
                工作任务 | 工作要求 | 牵头单位 | 责任单位 | 时限
                1.公开规划信息 | 在县政府门户网站公开 | 各县（市、区）政府 | 10月底前
                """);

        ParsedTask task = document.tasks().get(0);
        assertThat(task.requirement()).isEqualTo("在县政府门户网站公开");
        assertThat(task.leadRaw()).isNull();
        assertThat(task.responsibleRaw()).isEqualTo("各县（市、区）政府");
        assertThat(task.deadlineRaw()).isEqualTo("10月底前");
        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .contains(ImportDiagnostic.SHIFTED_ROW);
    }
}
