package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.DirectoryApi;
import org.taizhang.console.api.PlanApi;
import org.taizhang.console.api.Resolution;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Inputs;

/**
 * What a unit name means in a region, as the directory resolves it (aliases, 发改委 = 发展和改革委员会, …). Opened
 * from a pending name, each unit found can be chosen for it at once; the plan's region is the default.
 */
@Path("/units/resolve")
public class UnitLookupResource {

    private final DirectoryApi directory;
    private final PlanApi plans;

    public UnitLookupResource(@RestClient DirectoryApi directory, @RestClient PlanApi plans) {
        this.directory = directory;
        this.plans = plans;
    }

    /** The lookup as asked: the name, the region, and the pending item it is for, if any. */
    public record Lookup(String name, String regionCode, UUID pending) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance resolve(Lookup lookup, Resolution resolution, List<String> errors);
    }

    @GET
    public Response resolve(
            @QueryParam("name") String name,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("planId") String planId,
            @QueryParam("pending") String pending) {
        UUID item = pending == null || pending.isBlank() ? null : Inputs.id("待确认事项编号", pending);
        String asked = Inputs.text("单位名称", name, 200).orElse(null);
        String region;
        try {
            region = Inputs.regionCode("地区代码", regionCode).orElse(null);
        } catch (BadInputException refused) {
            return FormPosts.page(
                    400, Templates.resolve(new Lookup(asked, regionCode, item), null, List.of(refused.getMessage())));
        }
        if (region == null && planId != null && !planId.isBlank()) {
            region = plans.plan(Inputs.id("方案编号", planId)).regionCode();
        }
        Lookup lookup = new Lookup(asked, region, item);
        if (asked == null || region == null) {
            List<String> errors = asked == null ? List.of() : List.of("请填写地区代码");
            return FormPosts.page(errors.isEmpty() ? 200 : 400, Templates.resolve(lookup, null, errors));
        }
        return FormPosts.page(200, Templates.resolve(lookup, directory.resolveName(asked, region), List.of()));
    }
}
