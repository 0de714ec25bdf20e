package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class SectionColumnSampleTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    private ParsedDocument read(String sample) {
        return importer.read(Samples.bytes(sample), sample, 2022);
    }

    @Test
    void shouldImportEveryTaskOfTheSectionColumnSample() {
        ParsedDocument document = read(Samples.SECTION_COLUMN);

        assertThat(document.tasks()).hasSize(19);
        assertThat(document.tasks())
                .extracting(t -> t.sectionPath().get(0))
                .containsSubsequence(
                        "(一)围绕建设法治政府全面推进政务公开", "(二)围绕重点领域加大主动公开力度", "(三)围绕稳定市场预期加强政策解读", "(四)围绕社会重大关切加强舆情回应");
        assertThat(document.tasks())
                .extracting(ParsedTask::number)
                .containsExactly(
                        "1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "6", "1", "2", "3", "4", "5", "1", "2", "3");
        assertThat(document.diagnostics())
                .extracting(ImportDiagnostic::code)
                .doesNotContain(ImportDiagnostic.SHIFTED_ROW);
    }

    @Test
    void shouldReadTasksOfTheSectionColumnSampleFieldByField() {
        List<ParsedTask> tasks = read(Samples.SECTION_COLUMN).tasks();

        ParsedTask first = tasks.get(0);
        assertThat(first.sectionPath()).containsExactly("(一)围绕建设法治政府全面推进政务公开");
        assertThat(first.title()).startsWith("政府全体会议和常务会议讨论决定的事项").endsWith("充分保障人民群众的知情权");
        assertThat(first.units())
                .extracting(UnitMention::name, UnitMention::role, UnitMention::group, UnitMention::ambiguous)
                .containsExactly(
                        tuple("市政府办公室", UnitRole.RESPONSIBLE, false, false),
                        tuple("市有关单位", UnitRole.RESPONSIBLE, true, true),
                        tuple("各县（市、区）人民政府（管委会）", UnitRole.RESPONSIBLE, true, false));

        ParsedTask fifth = tasks.get(4);
        assertThat(fifth.title()).isEqualTo("建立市场准入负面清单信息公开机制");
        assertThat(fifth.requirement()).startsWith("全面实施“双随机、一公开”监管").endsWith("增强监管威慑力和公信力。");
        assertThat(fifth.units())
                .extracting(UnitMention::name, UnitMention::role)
                .first()
                .isEqualTo(tuple("市工商局", UnitRole.LEAD));

        ParsedTask separately = tasks.get(9);
        assertThat(separately.sectionPath()).containsExactly("(二)围绕重点领域加大主动公开力度");
        assertThat(separately.units())
                .extracting(UnitMention::name)
                .containsExactly("市扶贫办", "市民政局", "市食品药品监管局", "市环境保护局");
        assertThat(separately.units()).allMatch(u -> u.role() == UnitRole.RESPONSIBLE);

        ParsedTask lastOfThird = tasks.get(15);
        assertThat(lastOfThird.number()).isEqualTo("5");
        assertThat(lastOfThird.sectionPath()).containsExactly("(三)围绕稳定市场预期加强政策解读");
        assertThat(lastOfThird.units())
                .extracting(UnitMention::name, UnitMention::role)
                .first()
                .isEqualTo(tuple("市法制局", UnitRole.LEAD));
    }

    @Test
    void shouldFlagMissingDeadlinesAndAmbiguousGroups() {
        ParsedDocument document = read(Samples.SECTION_COLUMN);

        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .contains(ImportDiagnostic.UNPARSED_DEADLINE, ImportDiagnostic.AMBIGUOUS_UNITS);
    }
}
