package org.taizhang.console.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.taizhang.console.api.ApiPage;
import org.taizhang.console.api.DirectoryApi;
import org.taizhang.console.api.Unit;
import org.taizhang.console.api.UnitImport;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Pager;
import org.taizhang.console.view.UnitFilter;
import org.taizhang.console.view.UnitForm;

/** The directory's list page: search and filters as the API takes them, import and export beside them. */
@ApplicationScoped
class UnitListPage {

    private final DirectoryApi directory;
    private final ConsoleConfig config;

    UnitListPage(@RestClient DirectoryApi directory, ConsoleConfig config) {
        this.directory = directory;
        this.config = config;
    }

    @CheckedTemplate(basePath = "UnitResource")
    static class Templates {
        static native TemplateInstance list(
                ApiPage<Unit> units,
                Pager pager,
                UnitFilter filter,
                Map<String, String> kinds,
                Map<String, String> levels,
                String notice,
                UnitImport imported,
                long maxBytes,
                List<String> errors);
    }

    TemplateInstance render(
            String q,
            String regionCode,
            String kind,
            String level,
            String page,
            UnitListOutcome outcome,
            List<String> errors) {
        UnitFilter filter = UnitFilter.of(q, regionCode, kind, level);
        int number = Inputs.page(page);
        ApiPage<Unit> found = directory.units(
                filter.q(), filter.regionCode(), filter.kind(), filter.level(), number, config.pageSize());
        Pager pager = Pager.of("/units", filter.asQuery(), number, config.pageSize(), found.total());
        String notice = outcome == null ? null : outcome.notice();
        UnitImport imported = outcome == null ? null : outcome.imported();
        return Templates.list(
                found,
                pager,
                filter,
                UnitForm.KINDS,
                UnitForm.LEVELS,
                notice,
                imported,
                config.maxUploadBytes(),
                errors);
    }
}
