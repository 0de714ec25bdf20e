package org.taizhang.console.view;

import java.util.Arrays;
import java.util.List;
import org.taizhang.console.api.Task;
import org.taizhang.console.api.TaskChange;

/** A task's edit form: the fields as the office types them, units as phrases and the section one level a line. */
public record TaskForm(
        String number,
        String sections,
        String title,
        String requirement,
        String deadline,
        String leadUnits,
        String responsibleUnits,
        String reason) {

    static final int MAX_SECTION_LEVELS = 6;

    /** The form filled with the task as it stands. */
    public static TaskForm of(Task task) {
        return new TaskForm(
                task.number(),
                task.sectionPath() == null ? "" : String.join("\n", task.sectionPath()),
                task.title(),
                task.requirement(),
                task.deadline() == null ? "" : task.deadline().raw(),
                Labels.names(task.units(), true),
                Labels.names(task.units(), false),
                "");
    }

    /** The change to send, after the console's own length checks; plan-service checks the rest. */
    public TaskChange toChange(boolean published) {
        List<String> path = sections == null
                ? List.of()
                : Arrays.stream(sections.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
        if (path.size() > MAX_SECTION_LEVELS) {
            throw new BadInputException("所属章节最多 " + MAX_SECTION_LEVELS + " 级");
        }
        path.forEach(level -> Inputs.text("所属章节", level, 500));
        String why = Inputs.text("修改原因", reason, 2000).orElse(null);
        if (published && why == null) {
            throw new BadInputException("已发布方案的任务修改需填写修改原因");
        }
        return new TaskChange(
                Inputs.text("序号", number, 20).orElse(null),
                path,
                Inputs.text("任务名称", title, 2000).orElseThrow(() -> new BadInputException("请填写任务名称")),
                Inputs.text("具体要求", requirement, 10000).orElse(null),
                Inputs.text("完成时限", deadline, 200).orElse(null),
                Inputs.text("牵头单位", leadUnits, 2000).orElse(null),
                Inputs.text("责任单位", responsibleUnits, 2000).orElse(null),
                why);
    }
}
