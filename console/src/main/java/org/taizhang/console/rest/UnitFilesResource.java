package org.taizhang.console.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.taizhang.console.api.DirectoryApi;
import org.taizhang.console.api.UnitImport;
import org.taizhang.console.config.ConsoleConfig;
import org.taizhang.console.view.BadInputException;
import org.taizhang.console.view.Inputs;
import org.taizhang.console.view.Labels;

/** The directory as a file: the office's Excel or CSV list imported as it is, and the directory exported. */
@Path("/units")
public class UnitFilesResource {

    static final Set<String> FORMATS = Set.of("csv", "xlsx");

    private final DirectoryApi directory;
    private final UnitListPage list;
    private final ConsoleConfig config;

    public UnitFilesResource(@RestClient DirectoryApi directory, UnitListPage list, ConsoleConfig config) {
        this.directory = directory;
        this.list = list;
        this.config = config;
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importUnits(@RestForm("file") FileUpload file) {
        return FormPosts.submit(
                () -> {
                    check(file);
                    UnitImport result = directory.importUnits(
                            format(file.fileName()), file.uploadedFile().toFile());
                    return UnitListOutcome.after(result);
                },
                errors -> list.render(null, null, null, null, null, null, errors));
    }

    @GET
    @Path("/export")
    public Response export(@QueryParam("format") String format, @QueryParam("regionCode") String regionCode) {
        String chosen = Inputs.choice("格式", format, FORMATS).orElse("xlsx");
        String region = Inputs.regionCode("地区代码", regionCode).orElse(null);
        return Downloads.passOn(directory.export(chosen, region));
    }

    private void check(FileUpload file) {
        if (file == null || file.size() == 0) {
            throw new BadInputException("请选择要导入的单位名录文件（.xlsx 或 .csv）。");
        }
        if (file.size() > config.maxUploadBytes()) {
            throw new BadInputException("文件超过 " + Labels.bytes(config.maxUploadBytes()) + "，请拆分后导入。");
        }
    }

    /** The format by the file's name; for any other name the service tells CSV from .xlsx by the content. */
    static String format(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return FORMATS.stream()
                .filter(ext -> name.endsWith("." + ext))
                .findFirst()
                .orElse(null);
    }
}
