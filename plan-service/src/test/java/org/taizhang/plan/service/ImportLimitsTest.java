package org.taizhang.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;
import org.taizhang.plan.parse.ParsedDocument;
import org.taizhang.plan.parse.ParsedTask;
import org.taizhang.platform.problem.Problem;

/** What a read document may bring into a plan, checked without a database. */
class ImportLimitsTest {

    private final ImportLimits limits = new ImportLimits(5);

    @Test
    void shouldAcceptTasksWithinEveryLimit() {
        ParsedTask task = task(1, "1", "甲".repeat(ImportLimits.TITLE), "市发改委");

        assertThatCode(() -> limits.check(document(task))).doesNotThrowAnyException();
    }

    @Test
    void shouldRejectTaskTitleLongerThanLimit() {
        ParsedTask fine = task(1, "1", "做好规划公开", "市发改委");
        ParsedTask tooLong = task(2, "12", "甲".repeat(ImportLimits.TITLE + 1), "市发改委");

        ImportLimitException e = rejected(document(fine, tooLong));

        assertThat(e.getMessage()).contains("第2项任务（序号 12）的工作任务超过 2000 字（有 2001 字，限 2000 字）");
        assertThat(e.errors()).extracting(Problem.Violation::field).containsExactly("tasks[1].title");
    }

    @Test
    void shouldCountCharactersNotUtf16Units() {
        String supplementary = "𠀀".repeat(ImportLimits.DEADLINE);
        ParsedTask task = withDeadline(task(1, "1", "做好规划公开", "市发改委"), supplementary);

        assertThatCode(() -> limits.check(document(task))).doesNotThrowAnyException();
    }

    @Test
    void shouldNameEveryFieldOverItsLimitOfAnUnnumberedTask() {
        ParsedTask task = new ParsedTask(
                1,
                null,
                List.of("一".repeat(ImportLimits.SECTION + 1)),
                "做好规划公开",
                "乙".repeat(ImportLimits.REQUIREMENT + 1),
                null,
                null,
                "年".repeat(ImportLimits.DEADLINE + 1),
                null,
                null,
                null,
                List.of(unit("局".repeat(ImportLimits.UNIT + 1))));

        ImportLimitException e = rejected(document(task));

        assertThat(e.getMessage()).startsWith("第1项任务（无序号）的具体要求超过 10000 字");
        assertThat(e.errors())
                .extracting(Problem.Violation::field)
                .containsExactly(
                        "tasks[0].requirement",
                        "tasks[0].deadline",
                        "tasks[0].sectionPath[0]",
                        "tasks[0].units[0].name",
                        "tasks[0].units[0].raw");
    }

    @Test
    void shouldRejectANumberLongerThanTheColumn() {
        ImportLimitException e = rejected(document(task(1, "1".repeat(21), "做好规划公开", "市发改委")));

        assertThat(e.errors()).extracting(Problem.Violation::field).containsExactly("tasks[0].number");
        assertThat(e.getMessage()).contains("序号超过 20 字");
    }

    @Test
    void shouldRejectMoreTasksThanAPlanMayHave() {
        List<ParsedTask> tasks = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            tasks.add(task(i, String.valueOf(i), "任务" + i, "市财政局"));
        }

        ImportLimitException e = rejected(new ParsedDocument(tasks, List.of()));

        assertThat(e.getMessage()).contains("文件有 6 项任务，一个计划最多 5 项");
        assertThat(e.status().getStatusCode()).isEqualTo(422);
    }

    @Test
    void shouldNameOnlyTheFirstFewViolationsInTheDetailButListThemAll() {
        List<ParsedTask> tasks = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            tasks.add(withDeadline(task(i, String.valueOf(i), "任务" + i, "市财政局"), "年".repeat(201)));
        }
        tasks.add(withDeadline(tasks.get(0), "年".repeat(201)));
        tasks.add(withDeadline(tasks.get(0), "年".repeat(201)));

        ImportLimitException e = catchThrowableOfType(
                ImportLimitException.class, () -> new ImportLimits(10).check(new ParsedDocument(tasks, List.of())));

        assertThat(e.errors()).hasSize(7);
        assertThat(e.getMessage())
                .contains("第5项任务（序号 5）")
                .doesNotContain("第6项任务")
                .contains("另有 2 处超长");
    }

    private ImportLimitException rejected(ParsedDocument document) {
        return catchThrowableOfType(ImportLimitException.class, () -> limits.check(document));
    }

    private static ParsedDocument document(ParsedTask... tasks) {
        return new ParsedDocument(List.of(tasks), List.of());
    }

    private static ParsedTask task(int index, String number, String title, String unit) {
        return new ParsedTask(
                index,
                number,
                List.of("一、进一步强化重点领域信息公开"),
                title,
                null,
                unit,
                null,
                "年底前",
                null,
                null,
                null,
                List.of(unit(unit)));
    }

    private static ParsedTask withDeadline(ParsedTask task, String deadlineRaw) {
        return new ParsedTask(
                task.index(),
                task.number(),
                task.sectionPath(),
                task.title(),
                task.requirement(),
                task.leadRaw(),
                task.responsibleRaw(),
                deadlineRaw,
                task.statusRaw(),
                task.supportingRaw(),
                task.deadline(),
                task.units());
    }

    private static UnitMention unit(String name) {
        return new UnitMention(name, name, UnitRole.RESPONSIBLE, false, false);
    }
}
