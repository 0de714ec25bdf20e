package org.taizhang.console.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.taizhang.console.api.DeriveRequest;
import org.taizhang.console.api.Plan;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.api.PublishRequest;
import org.taizhang.console.api.ReportingApi;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Problems;

/** What the office does to a whole plan: re-check, publish, derive a county plan; and the annual report file. */
@Path("/plans/{id}")
public class PlanActionsResource {

    static final Set<String> REPORT_FORMATS = Set.of("xlsx", "docx", "csv");

    private final PlanApi plans;
    private final ReportingApi reports;
    private final PlanPage page;

    public PlanActionsResource(@RestClient PlanApi plans, @RestClient ReportingApi reports, PlanPage page) {
        this.plans = plans;
        this.reports = reports;
        this.page = page;
    }

    @POST
    @Path("/recheck")
    public Response recheck(@PathParam("id") String id) {
        UUID planId = Inputs.id("方案编号", id);
        plans.recheck(planId);
        return Response.seeOther(URI.create("/plans/" + planId + "?notice=rechecked"))
                .build();
    }

    @POST
    @Path("/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id, @RestForm String defaultDeadline) {
        UUID planId = Inputs.id("方案编号", id);
        String deadline = Inputs.text("统一时限", defaultDeadline, 200).orElse(null);
        try {
            plans.publish(planId, new PublishRequest(deadline, Map.of()));
        } catch (WebApplicationException refusal) {
            // Tasks without a readable deadline, say: the plan's page lists them above the tasks to fix.
            if (!Refusals.aboutTheForm(refusal)) {
                throw refusal;
            }
            return Response.status(refusal.getResponse().getStatus())
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.render(planId, null, Problems.messages(refusal)))
                    .build();
        }
        return Response.seeOther(URI.create("/plans/" + planId + "?notice=published"))
                .build();
    }

    @POST
    @Path("/derive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response derive(@PathParam("id") String id, @RestForm String regionCode, @RestForm String regionName) {
        UUID planId = Inputs.id("方案编号", id);
        String code = Inputs.text("地区代码", regionCode, 12).orElseThrow(() -> new BadInputException("请填写地区代码"));
        String name = Inputs.text("地区名称", regionName, 100).orElse(null);
        Plan county = plans.derive(planId, new DeriveRequest(code, name, "COUNTY", null));
        return Response.seeOther(URI.create("/plans/" + county.id() + "?notice=derived"))
                .build();
    }

    @GET
    @Path("/annual")
    public Response annual(@PathParam("id") String id, @QueryParam("format") String format) {
        UUID planId = Inputs.id("方案编号", id);
        String chosen = Inputs.choice("格式", format, REPORT_FORMATS).orElse("xlsx");
        return Downloads.passOn(reports.annual(planId.toString(), chosen));
    }
}
