package org.taizhang.plan.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.DeadlineKind;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

class SampleImportTest {

    private static final String COUNTIES = "各县（市、区）政府";

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    private ParsedDocument read(String sample) {
        return importer.read(Samples.bytes(sample), sample, 2022);
    }

    @Test
    void shouldImportEveryTaskOfTheOneCellPerLineSample() {
        ParsedDocument document = read(Samples.ONE_CELL_PER_LINE);

        assertThat(document.tasks()).hasSize(31);
        assertThat(document.tasks())
                .extracting(ParsedTask::index)
                .startsWith(1, 2, 3)
                .endsWith(31);
        assertThat(document.tasks()).allSatisfy(t -> {
            assertThat(t.sectionPath()).isEmpty();
            assertThat(t.number()).isNull();
            assertThat(t.deadline().kind()).isIn(DeadlineKind.FIXED, DeadlineKind.ONGOING);
            assertThat(t.units()).isNotEmpty();
        });
    }

    @Test
    void shouldReadTasksOfTheOneCellPerLineSampleFieldByField() {
        List<ParsedTask> tasks = read(Samples.ONE_CELL_PER_LINE).tasks();

        ParsedTask first = tasks.get(0);
        assertThat(first.title()).startsWith("切实做好稳经济大盘一揽子政策举措公开工作").endsWith("以政策解读的“透”引导市场预期的“稳”");
        assertThat(first.requirement()).isNull();
        assertThat(first.responsibleRaw()).isEqualTo("市政府各部门,各县(市、区)政府");
        assertThat(first.deadlineRaw()).isEqualTo("持续推进");
        assertThat(first.deadline().kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(first.units()).extracting(UnitMention::name).containsExactly("市政府各部门", COUNTIES);

        ParsedTask fourth = tasks.get(3);
        assertThat(fourth.deadline().dueDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(fourth.units()).extracting(UnitMention::name).containsExactly("市发改委", "市住建局", "市政府各部门");

        ParsedTask sixth = tasks.get(5);
        assertThat(sixth.title()).startsWith("认真贯彻落实国家和我省经济工作会议精神").endsWith("积极引导市场预期");
        assertThat(sixth.requirement()).startsWith("提高重大建设项目批准和实施领域信息公开质量").endsWith("推动扩大有效投资。");
        assertThat(sixth.units())
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(
                        tuple("市发改委", UnitRole.LEAD),
                        tuple("市政府各部门", UnitRole.RESPONSIBLE),
                        tuple(COUNTIES, UnitRole.RESPONSIBLE));

        ParsedTask publication = tasks.get(20);
        assertThat(publication.title()).isEqualTo("持续做好政府公报工作");
        assertThat(publication.units()).extracting(UnitMention::name).containsExactly("市政务公开办");

        ParsedTask last = tasks.get(30);
        assertThat(last.responsibleRaw()).isEqualTo("市政府办公室,各县(市、区)政府");
        assertThat(last.deadline().kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    @Test
    void shouldImportEveryTaskOfTheLeadAndStatusSampleWithSections() {
        ParsedDocument document = read(Samples.LEAD_AND_STATUS);

        assertThat(document.tasks()).hasSize(35);
        assertThat(document.tasks())
                .extracting(ParsedTask::number)
                .startsWith("1", "2", "3")
                .endsWith("35");
        assertThat(document.tasks()).allSatisfy(t -> {
            assertThat(t.statusRaw()).isEqualTo("已完成");
            assertThat(t.sectionPath()).hasSize(2);
            assertThat(t.units()).isNotEmpty();
        });
        assertThat(document.tasks().get(0).sectionPath()).containsExactly("一、紧扣“十四五”开好局起好步深化政务公开", "(一) 做好各类规划主动公开");
        assertThat(document.tasks().get(11).sectionPath()).containsExactly("二、紧扣宏观政策落地见效深化政务公开", "(一) 持续加强重大政策发布解读");
        assertThat(document.tasks().get(34).sectionPath()).containsExactly("四、紧扣政府信息公开条例实施深化政务公开", "(三) 加强配套制度建设");
    }

    @Test
    void shouldReadTasksOfTheLeadAndStatusSampleFieldByField() {
        List<ParsedTask> tasks = read(Samples.LEAD_AND_STATUS).tasks();

        ParsedTask first = tasks.get(0);
        assertThat(first.number()).isEqualTo("1");
        assertThat(first.title()).isEqualTo("主动公开“十四五”规划纲要、国土空间规划、专项规划和区域规划等");
        assertThat(first.requirement()).isEqualTo("通过本级政府门户网站设立专题,并在政府信息公开专栏集中展示。");
        assertThat(first.leadRaw()).isEqualTo("市发改委 市自然资源局");
        assertThat(first.units())
                .extracting(UnitMention::name, UnitMention::role)
                .containsExactly(
                        tuple("市发改委", UnitRole.LEAD),
                        tuple("市自然资源局", UnitRole.LEAD),
                        tuple(COUNTIES, UnitRole.RESPONSIBLE));
        assertThat(first.deadline().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);

        ParsedTask eighth = tasks.get(7);
        assertThat(eighth.title()).isEqualTo("深化地方政府债务信息公开");
        assertThat(eighth.requirement()).startsWith("通过集中统一平台定期公开地方政府债务限额、余额、发行、品种、期限");

        ParsedTask twelfth = tasks.get(11);
        assertThat(twelfth.number()).isEqualTo("12");
        assertThat(twelfth.title()).startsWith("以扎实做好“六稳”工作、全面落实“六保”任务");
        assertThat(twelfth.leadRaw()).isNull();
    }

    @Test
    void shouldRealignShiftedRowsOfTheLeadAndStatusSample() {
        ParsedDocument document = read(Samples.LEAD_AND_STATUS);
        ParsedTask fifth = document.tasks().get(4);
        ParsedTask sixth = document.tasks().get(5);
        ParsedTask twentyFirst = document.tasks().get(20);

        assertThat(fifth.title()).isEqualTo("及时公开建设高标准市场体系行动方案的落实举措");
        assertThat(fifth.requirement()).isNull();
        assertThat(fifth.leadRaw()).isEqualTo("市发改委 市市场监管局 市商务局");
        assertThat(fifth.responsibleRaw()).isEqualTo("市直有关部门,各县 (市、 区 ) 政府");
        assertThat(fifth.statusRaw()).isEqualTo("已完成");
        assertThat(fifth.units())
                .extracting(UnitMention::name, UnitMention::role, UnitMention::ambiguous)
                .containsExactly(
                        tuple("市发改委", UnitRole.LEAD, false),
                        tuple("市市场监管局", UnitRole.LEAD, false),
                        tuple("市商务局", UnitRole.LEAD, false),
                        tuple("市直有关部门", UnitRole.RESPONSIBLE, true),
                        tuple(COUNTIES, UnitRole.RESPONSIBLE, false));

        assertThat(sixth.requirement()).startsWith("加强反垄断与反不正当竞争执法信息公开工作");
        assertThat(sixth.leadRaw()).isNull();
        assertThat(sixth.responsibleRaw()).isEqualTo("市直有关部门,各县 (市、 区 ) 政府");
        assertThat(sixth.statusRaw()).isEqualTo("已完成");

        assertThat(twentyFirst.units()).extracting(UnitMention::name).containsExactly("市司法局", COUNTIES);
        assertThat(document.diagnosticsFor(5))
                .extracting(ImportDiagnostic::code)
                .contains(ImportDiagnostic.SHIFTED_ROW);
        assertThat(document.diagnosticsFor(1))
                .extracting(ImportDiagnostic::code)
                .doesNotContain(ImportDiagnostic.SHIFTED_ROW);
    }
}
