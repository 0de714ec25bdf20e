package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.AssignmentApi;
import org.taizhang.console.api.ProgressBatch;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;

/** The batches a county system pushed, newest first, and each report's outcome; the service shows each caller its own. */
@Path("/county/batches")
public class BatchResource {

    private final AssignmentApi assignments;
    private final ConsoleConfig config;

    public BatchResource(@RestClient AssignmentApi assignments, ConsoleConfig config) {
        this.assignments = assignments;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ApiPage<ProgressBatch> batches, Pager pager);

        static native TemplateInstance batch(ProgressBatch batch);
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page) {
        int number = Inputs.page(page);
        ApiPage<ProgressBatch> found = assignments.batches(number, config.pageSize());
        return Templates.list(found, Pager.of("/county/batches", Map.of(), number, config.pageSize(), found.total()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance batch(@PathParam("id") String id) {
        return Templates.batch(assignments.batch(Inputs.id("批次编号", id)));
    }
}
