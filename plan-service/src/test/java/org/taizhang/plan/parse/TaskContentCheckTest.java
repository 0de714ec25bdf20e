package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class TaskContentCheckTest {

    private final DeadlineParser deadlines = new DeadlineParser();
    private final UnitPhraseParser units = new UnitPhraseParser();

    @Test
    void shouldFindNothingInATaskWithAReadableDeadlineAndNamedUnits() {
        assertThat(TaskContentCheck.check(3, deadline("6月底前"), units("市发改委牵头，各县（市、区）政府负责")))
                .isEmpty();
    }

    @Test
    void shouldQuoteADeadlineItCannotRead() {
        assertThat(TaskContentCheck.check(12, deadline("适时"), units("市财政局")))
                .extracting(ImportDiagnostic::taskIndex, ImportDiagnostic::code, ImportDiagnostic::message)
                .containsExactly(tuple(
                        12, ImportDiagnostic.UNPARSED_DEADLINE, "第12项任务的时限“适时”无法识别，请核对。 (Deadline not understood.)"));
    }

    @Test
    void shouldAskForADeadlineThatIsMissing() {
        assertThat(TaskContentCheck.check(2, deadline("  "), units("市财政局")))
                .extracting(ImportDiagnostic::message)
                .containsExactly("第2项任务没有完成时限，请补充。 (No deadline given.)");
        assertThat(TaskContentCheck.check(2, null, units("市财政局")))
                .extracting(ImportDiagnostic::code)
                .containsExactly(ImportDiagnostic.UNPARSED_DEADLINE);
    }

    @Test
    void shouldAskForUnitsWhenTheTaskNamesNone() {
        assertThat(TaskContentCheck.check(5, deadline("年底前"), List.of()))
                .extracting(ImportDiagnostic::code)
                .containsExactly(ImportDiagnostic.MISSING_UNITS);
    }

    @Test
    void shouldAskTheOfficeToChooseTheUnitsOfAnAmbiguousGroupOnly() {
        assertThat(TaskContentCheck.check(1, deadline("年底前"), units("市有关单位，各县（市、区）政府")))
                .extracting(ImportDiagnostic::code, ImportDiagnostic::message)
                .containsExactly(tuple(
                        ImportDiagnostic.AMBIGUOUS_UNITS,
                        "第1项任务的“市有关单位”未指明具体单位，请选择。 (Ambiguous group: choose the units.)"));
    }

    @Test
    void shouldFlagANameThatDoesNotEndLikeAUnit() {
        List<UnitMention> named = List.of(
                new UnitMention("市财政局", "市财政局", UnitRole.RESPONSIBLE, false, false),
                new UnitMention("张三", "张三", UnitRole.RESPONSIBLE, false, false));

        assertThat(TaskContentCheck.check(4, deadline("年底前"), named))
                .extracting(ImportDiagnostic::code, ImportDiagnostic::message)
                .containsExactly(
                        tuple(ImportDiagnostic.UNRECOGNISED_UNIT, "第4项任务的“张三”不像单位名称，请核对。 (Unrecognised unit name.)"));
    }

    @Test
    void shouldGiveOneDiagnosticPerProblemDeadlineFirst() {
        assertThat(TaskContentCheck.check(7, deadline("尽快"), List.of()))
                .extracting(ImportDiagnostic::code)
                .containsExactly(ImportDiagnostic.UNPARSED_DEADLINE, ImportDiagnostic.MISSING_UNITS);
    }

    @Test
    void shouldGiveOnlyTheCodesItDeclares() {
        List<UnitMention> everything = List.of(
                new UnitMention("有关单位", "有关单位", UnitRole.RESPONSIBLE, true, true),
                new UnitMention("张三", "张三", UnitRole.RESPONSIBLE, false, false));

        assertThat(TaskContentCheck.check(1, deadline("尽快"), everything))
                .extracting(ImportDiagnostic::code)
                .containsExactlyInAnyOrder(
                        ImportDiagnostic.UNPARSED_DEADLINE,
                        ImportDiagnostic.AMBIGUOUS_UNITS,
                        ImportDiagnostic.UNRECOGNISED_UNIT)
                .allMatch(TaskContentCheck.CODES::contains);
        assertThat(TaskContentCheck.check(1, deadline("尽快"), List.of()))
                .extracting(ImportDiagnostic::code)
                .allMatch(TaskContentCheck.CODES::contains);
    }

    @Test
    void shouldBeWhatTheImportReportsAboutEachTasksContent() {
        String table = "序号|工作任务|责任单位|完成时限\n"
                + "1|主动公开规划纲要|市发改委|适时\n"
                + "2|归集历史规划||年底前\n"
                + "3|做好舆情回应|市有关单位|年底前\n"
                + "4|推进数据开放|市数据局|年底前\n";
        ParsedDocument document =
                new PlanDocumentImporter().read(table.getBytes(StandardCharsets.UTF_8), "plan.txt", 2026);

        List<ImportDiagnostic> content = document.diagnostics().stream()
                .filter(d -> TaskContentCheck.CODES.contains(d.code()))
                .toList();
        List<ImportDiagnostic> rechecked = document.tasks().stream()
                .flatMap(t -> TaskContentCheck.check(t.index(), t.deadline(), t.units()).stream())
                .toList();

        assertThat(content)
                .extracting(ImportDiagnostic::taskIndex, ImportDiagnostic::code)
                .containsExactly(
                        tuple(1, ImportDiagnostic.UNPARSED_DEADLINE),
                        tuple(2, ImportDiagnostic.MISSING_UNITS),
                        tuple(3, ImportDiagnostic.AMBIGUOUS_UNITS));
        assertThat(rechecked).isEqualTo(content);
    }

    private Deadline deadline(String raw) {
        return deadlines.parse(raw, 2026);
    }

    private List<UnitMention> units(String phrase) {
        return units.parse(phrase);
    }
}
