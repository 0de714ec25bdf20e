package org.taizhang.console.rest;

import jakarta.ws.rs.QueryParam;
import org.taizhang.console.api.UnitImport;
import org.taizhang.console.view.Inputs;

/** What the directory's list was sent back with after a change: a notice code, and an import's counts. */
public class UnitListOutcome {

    static final String IMPORTED = "units-imported";
    private static final int MAX_COUNT = 1_000_000;

    @QueryParam("notice")
    String notice;

    @QueryParam("created")
    String created;

    @QueryParam("updated")
    String updated;

    @QueryParam("unchanged")
    String unchanged;

    /** The address an import sends the office back to; numbers only, so nothing of it is shown as text. */
    static String after(UnitImport result) {
        return "/units?notice=" + IMPORTED + "&created=" + result.created() + "&updated=" + result.updated()
                + "&unchanged=" + result.unchanged();
    }

    String notice() {
        return Notices.text(notice);
    }

    UnitImport imported() {
        if (!IMPORTED.equals(notice)) {
            return null;
        }
        return new UnitImport(count(created), count(updated), count(unchanged));
    }

    private static int count(String raw) {
        return Inputs.integer("导入数量", raw, 0, MAX_COUNT).orElse(0);
    }
}
