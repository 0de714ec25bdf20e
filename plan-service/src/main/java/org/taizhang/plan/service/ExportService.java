package org.taizhang.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.taizhang.plan.entity.Plan;
import org.taizhang.plan.entity.PlanTask;
import org.taizhang.plan.entity.TaskUnit;
import org.taizhang.plan.export.DocxPlanWriter;
import org.taizhang.plan.export.PlanTable;
import org.taizhang.plan.export.XlsxPlanWriter;

/** A plan as the file an office posts on its portal: .xlsx or .docx, with the plan's live tasks. */
@ApplicationScoped
public class ExportService {

    /** The formats a plan exports to. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    private final TaskService tasks;

    public ExportService(TaskService tasks) {
        this.tasks = tasks;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(Plan plan, Format format) {
        PlanTable table = table(plan);
        return format == Format.DOCX ? new DocxPlanWriter().write(table) : new XlsxPlanWriter().write(table);
    }

    private PlanTable table(Plan plan) {
        SectionTree sections = SectionTree.load(plan.id);
        List<PlanTable.TaskLine> lines =
                tasks.tasks(plan.id, false).stream().map(t -> line(t, sections)).toList();
        return PlanTable.of(plan.title, lines);
    }

    private static PlanTable.TaskLine line(PlanTask task, SectionTree sections) {
        return new PlanTable.TaskLine(
                task.number,
                sections.pathOf(task.sectionId),
                task.title,
                task.requirement,
                task.deadline(),
                task.units.stream().map(TaskUnit::toMention).toList());
    }
}
