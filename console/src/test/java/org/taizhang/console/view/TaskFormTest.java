package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.console.api.Deadline;
import org.taizhang.console.api.Task;
import org.taizhang.console.api.TaskChange;
import org.taizhang.console.api.UnitMention;

class TaskFormTest {

    @Test
    void shouldFillTheFormWithUnitsAsPhrasesByRole() {
        Task task = new Task(
                UUID.randomUUID(),
                0,
                "3",
                List.of("一、总体要求", "（一）加强解读"),
                "做好解读",
                null,
                new Deadline("年底前", "FIXED", null, null),
                List.of(
                        new UnitMention("市发改委", "市发改委", "LEAD", false, false),
                        new UnitMention("市财政局", "市财政局", "RESPONSIBLE", false, false),
                        new UnitMention("各县", "各县（市、区）政府", "RESPONSIBLE", true, false)),
                null,
                null,
                false,
                null);

        TaskForm form = TaskForm.of(task);

        assertThat(form.sections()).isEqualTo("一、总体要求\n（一）加强解读");
        assertThat(form.leadUnits()).isEqualTo("市发改委");
        assertThat(form.responsibleUnits()).isEqualTo("市财政局、各县（市、区）政府");
        assertThat(form.deadline()).isEqualTo("年底前");
    }

    @Test
    void shouldReadOneSectionLevelALineSkippingBlankLines() {
        TaskChange change = new TaskForm("3", "一、总体要求\r\n\r\n （一）加强解读 ", "做好解读", "", "", "", "", "").toChange(false);

        assertThat(change.sectionPath()).containsExactly("一、总体要求", "（一）加强解读");
        assertThat(change.deadline()).isNull();
    }

    @Test
    void shouldRequireAReasonToAmendAPublishedPlan() {
        TaskForm form = new TaskForm("3", "", "做好解读", "", "年底前", "", "", " ");

        assertThatThrownBy(() -> form.toChange(true)).hasMessageContaining("修改原因");
        assertThat(form.toChange(false).reason()).isNull();
    }

    @Test
    void shouldRefuseMoreSectionLevelsOrLongerFieldsThanAPlanKeeps() {
        assertThatThrownBy(() -> new TaskForm("3", "a\nb\nc\nd\ne\nf\ng", "t", "", "", "", "", "").toChange(false))
                .hasMessageContaining("最多 6 级");
        assertThatThrownBy(() -> new TaskForm("1".repeat(21), "", "t", "", "", "", "", "").toChange(false))
                .hasMessageContaining("序号");
    }
}
