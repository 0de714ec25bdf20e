package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.AssignmentApi;
import org.taizhang.console.api.Ledger;
import org.taizhang.console.api.Reminder;
import org.taizhang.console.api.ReminderApi;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.security.SignedInUser;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;

/**
 * A unit's own record: its ledger of the year (what it reported on each task) and the reminders it was sent. Rooted at
 * "/" like AssignmentListResource: a class at "/my" would take /my/assignments from it (a 404).
 */
@Path("/")
public class MyWorkResource {

    private final AssignmentApi assignments;
    private final ReminderApi reminders;
    private final SignedInUser user;
    private final ConsoleConfig config;

    public MyWorkResource(
            @RestClient AssignmentApi assignments,
            @RestClient ReminderApi reminders,
            SignedInUser user,
            ConsoleConfig config) {
        this.assignments = assignments;
        this.reminders = reminders;
        this.user = user;
        this.config = config;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ledger(Ledger ledger, int year);

        static native TemplateInstance reminders(ApiPage<Reminder> reminders, Pager pager);
    }

    @GET
    @Path("/my/ledger")
    public TemplateInstance ledger(@QueryParam("year") String year) {
        int chosen = Inputs.year(year).orElse(Year.now(config.zone()).getValue());
        return Templates.ledger(assignments.ledger(ownUnit(), chosen), chosen);
    }

    @GET
    @Path("/my/ledger.xlsx")
    public Response ledgerWorkbook(@QueryParam("year") String year) {
        int chosen = Inputs.year(year).orElse(Year.now(config.zone()).getValue());
        return Downloads.passOn(assignments.ledgerWorkbook(ownUnit(), chosen));
    }

    @GET
    @Path("/my/reminders")
    public TemplateInstance reminders(@QueryParam("page") String page) {
        int number = Inputs.page(page);
        ApiPage<Reminder> found = reminders.reminders(ownUnit(), null, number, config.pageSize());
        return Templates.reminders(
                found, Pager.of("/my/reminders", java.util.Map.of(), number, config.pageSize(), found.total()));
    }

    private String ownUnit() {
        return user.unitId().orElseThrow(() -> new ForbiddenException("这些页面只属于某个单位的工作人员"));
    }
}
