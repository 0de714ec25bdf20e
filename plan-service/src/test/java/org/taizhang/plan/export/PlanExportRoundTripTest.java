package org.taizhang.plan.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.taizhang.plan.parse.ParsedTask;
import org.taizhang.plan.parse.PlanDocumentImporter;
import org.taizhang.plan.parse.Samples;

class PlanExportRoundTripTest {

    private final PlanDocumentImporter importer = new PlanDocumentImporter();

    @ParameterizedTest
    @ValueSource(strings = {Samples.ONE_CELL_PER_LINE, Samples.LEAD_AND_STATUS, Samples.SECTION_COLUMN})
    void shouldReadBackTheSameTasksFromTheExportedWorkbook(String sample) {
        List<ParsedTask> original =
                importer.read(Samples.bytes(sample), sample, 2026).tasks();

        byte[] xlsx = new XlsxPlanWriter().write(table(original));

        assertSameTasks(importer.read(xlsx, "export.xlsx", 2026).tasks(), original);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.ONE_CELL_PER_LINE, Samples.LEAD_AND_STATUS, Samples.SECTION_COLUMN})
    void shouldReadBackTheSameTasksFromTheExportedDocument(String sample) {
        List<ParsedTask> original =
                importer.read(Samples.bytes(sample), sample, 2026).tasks();

        byte[] docx = new DocxPlanWriter().write(table(original));

        assertSameTasks(importer.read(docx, "export.docx", 2026).tasks(), original);
    }

    private static PlanTable table(List<ParsedTask> tasks) {
        return PlanTable.of(
                "2026年政务公开重点工作任务分工",
                tasks.stream()
                        .map(t -> new PlanTable.TaskLine(
                                t.number(), t.sectionPath(), t.title(), t.requirement(), t.deadline(), t.units()))
                        .toList());
    }

    private static void assertSameTasks(List<ParsedTask> back, List<ParsedTask> original) {
        assertThat(back).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            ParsedTask expected = original.get(i);
            ParsedTask actual = back.get(i);
            String task = "task " + (i + 1);
            assertThat(actual.number()).as(task).isEqualTo(expected.number());
            assertThat(actual.sectionPath()).as(task).isEqualTo(expected.sectionPath());
            assertThat(actual.title()).as(task).isEqualTo(expected.title());
            assertThat(actual.requirement()).as(task).isEqualTo(expected.requirement());
            assertThat(actual.deadline()).as(task).isEqualTo(expected.deadline());
            assertThat(actual.units())
                    .as(task)
                    .extracting(u -> u.name() + "/" + u.role() + "/" + u.group() + "/" + u.ambiguous())
                    .containsExactlyElementsOf(expected.units().stream()
                            .map(u -> u.name() + "/" + u.role() + "/" + u.group() + "/" + u.ambiguous())
                            .toList());
        }
    }
}
