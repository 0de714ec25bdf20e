package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.DirectoryApi;
import org.taizhang.console.api.Unit;
import org.taizhang.console.api.UnitChange;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.UnitForm;

/** The office keeps the unit directory: add a unit, edit its names and aliases, remove it after asking. */
@Path("/units")
public class UnitResource {

    private final DirectoryApi directory;
    private final UnitListPage list;

    public UnitResource(@RestClient DirectoryApi directory, UnitListPage list) {
        this.directory = directory;
        this.list = list;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unit(
                Unit unit,
                UnitForm form,
                Map<String, String> kinds,
                Map<String, String> levels,
                String notice,
                List<String> errors);
    }

    @GET
    public TemplateInstance list(
            @QueryParam("q") String q,
            @QueryParam("regionCode") String regionCode,
            @QueryParam("kind") String kind,
            @QueryParam("level") String level,
            @QueryParam("page") String page,
            @BeanParam UnitListOutcome outcome) {
        return list.render(q, regionCode, kind, level, page, outcome, List.of());
    }

    @GET
    @Path("/new")
    public TemplateInstance blank() {
        return form(null, UnitForm.blank(), null, List.of());
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam UnitFields fields) {
        UnitForm form = fields.form();
        return FormPosts.submit(
                () -> "/units/" + encode(directory.create(form.toChange()).id()) + "?notice=unit-created",
                errors -> form(null, form, null, errors));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance unit(@PathParam("id") String id, @QueryParam("notice") String notice) {
        Unit unit = directory.unit(unitId(id));
        return form(unit, UnitForm.of(unit), Notices.text(notice), List.of());
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, @BeanParam UnitFields fields) {
        String unitId = unitId(id);
        UnitForm form = fields.form(unitId);
        return FormPosts.submit(
                () -> {
                    UnitChange change = form.toChange();
                    directory.change(unitId, change);
                    return "/units/" + encode(unitId) + "?notice=saved";
                },
                errors -> form(directory.unit(unitId), form, null, errors));
    }

    @GET
    @Path("/{id}/delete")
    public TemplateInstance confirmDelete(@PathParam("id") String id) {
        return confirm(directory.unit(unitId(id)), List.of());
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") String id) {
        String unitId = unitId(id);
        return FormPosts.submit(
                () -> {
                    directory.delete(unitId);
                    return "/units?notice=unit-deleted";
                },
                errors -> confirm(directory.unit(unitId), errors));
    }

    private static TemplateInstance form(Unit unit, UnitForm form, String notice, List<String> errors) {
        return Templates.unit(unit, form, UnitForm.KINDS, UnitForm.LEVELS, notice, errors);
    }

    private static TemplateInstance confirm(Unit unit, List<String> errors) {
        String address = "/units/" + encode(unit.id());
        return ConfirmPage.confirm(
                "删除单位",
                "确定从单位名录中删除「" + unit.name() + "」（" + unit.id() + "）吗？此后导入的方案将不再按它识别单位名称。",
                address + "/delete",
                address,
                errors);
    }

    static String unitId(String raw) {
        return Inputs.unitId("单位编码", raw).orElseThrow(() -> new BadInputException("单位编码不能为空"));
    }

    static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
