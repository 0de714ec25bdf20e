package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.DirectoryApi;
import org.taizhang.console.api.PendingDismissal;
import org.taizhang.console.api.PendingItem;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;
import org.taizhang.console.view.PendingChoice;
import org.taizhang.console.view.PendingFilter;

/**
 * Unit names a plan used that the directory could not settle (有关单位, unknown or ambiguous names): the office
 * chooses the units each means, or dismisses it; a refusal is shown in the item's own row.
 */
@Path("/pending")
public class PendingResource {

    private final DirectoryApi directory;
    private final ConsoleConfig config;

    public PendingResource(@RestClient DirectoryApi directory, ConsoleConfig config) {
        this.directory = directory;
        this.config = config;
    }

    /** The item a refused form was about, what was typed into it, and why it was refused. */
    public record Refused(UUID item, String typed, List<String> errors) {

        static final Refused NONE = new Refused(null, "", List.of());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(
                ApiPage<PendingItem> items,
                Pager pager,
                PendingFilter filter,
                Map<String, String> statuses,
                String notice,
                Refused refused);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("planId") String planId,
            @QueryParam("status") String status,
            @QueryParam("page") String page,
            @QueryParam("notice") String notice) {
        return render(PendingFilter.of(planId, status), Inputs.page(page), Notices.text(notice), Refused.NONE);
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(
            @PathParam("id") String id,
            @RestForm("unitIds") List<String> unitIds,
            @RestForm String rememberAlias,
            @RestForm String planId,
            @RestForm String status,
            @RestForm String page) {
        UUID item = Inputs.id("待确认事项编号", id);
        PendingFilter filter = PendingFilter.of(planId, status);
        int number = Inputs.page(page);
        PendingChoice choice = new PendingChoice(unitIds, rememberAlias);
        return FormPosts.submit(
                () -> {
                    directory.resolve(item, choice.toResolution());
                    return back(filter, number, "resolved");
                },
                errors -> render(filter, number, null, new Refused(item, choice.typed(), errors)));
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(
            @PathParam("id") String id,
            @RestForm String note,
            @RestForm String planId,
            @RestForm String status,
            @RestForm String page) {
        UUID item = Inputs.id("待确认事项编号", id);
        PendingFilter filter = PendingFilter.of(planId, status);
        int number = Inputs.page(page);
        return FormPosts.submit(
                () -> {
                    directory.dismiss(
                            item,
                            new PendingDismissal(Inputs.text("说明", note, 500).orElse(null)));
                    return back(filter, number, "dismissed");
                },
                errors -> render(filter, number, null, new Refused(item, "", errors)));
    }

    private TemplateInstance render(PendingFilter filter, int number, String notice, Refused refused) {
        ApiPage<PendingItem> found = directory.pending(filter.planId(), filter.status(), number, config.pageSize());
        Pager pager = Pager.of("/pending", filter.asQuery(), number, config.pageSize(), found.total());
        return Templates.list(found, pager, filter, PendingFilter.STATUSES, notice, refused);
    }

    private String back(PendingFilter filter, int number, String notice) {
        return Pager.of("/pending", filter.asQuery(), number, config.pageSize(), 0)
                        .current() + "&notice=" + notice;
    }
}
