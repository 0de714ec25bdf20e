package org.taizhang.assignment.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.taizhang.assignment.directory.io.DirectoryCsvWriter;
import org.taizhang.assignment.directory.io.DirectoryFormat;
import org.taizhang.assignment.directory.io.DirectoryRow;
import org.taizhang.assignment.directory.io.DirectoryXlsxWriter;
import org.taizhang.assignment.entity.Unit;
import org.taizhang.platform.problem.Problem;
import org.taizhang.platform.problem.ProblemException;
import org.taizhang.platform.region.RegionCodes;

/** The directory, or the part of it inside one region, as a file the office edits in Excel and imports back. */
@ApplicationScoped
public class DirectoryExportService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(String regionCode, DirectoryFormat format) {
        List<DirectoryRow> rows = units(regionCode).stream()
                .map(Unit::toDirectoryUnit)
                .map(DirectoryRow::from)
                .toList();
        return format == DirectoryFormat.XLSX
                ? new DirectoryXlsxWriter().write(rows)
                : new DirectoryCsvWriter().write(rows);
    }

    private static List<Unit> units(String regionCode) {
        Sort order = Sort.by("regionCode").and("name").and("id");
        if (regionCode == null || regionCode.isBlank()) {
            return Unit.listAll(order);
        }
        // Unlike the list, which reads a bad code as no filter, an export would then hand out the whole directory.
        if (!RegionCodes.isValid(regionCode)) {
            String message = "regionCode must be an administrative division code such as 341800";
            throw new ProblemException(
                    Response.Status.BAD_REQUEST, message, List.of(new Problem.Violation("regionCode", message)));
        }
        return Unit.list("regionCode like ?1", order, RegionCodes.significant(regionCode) + "%");
    }
}
