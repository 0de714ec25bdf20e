package org.taizhang.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.platform.region.RegionCodes;

class OverdueSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void shouldFilterEverythingInTheDatabaseAlongTheKeyset() {
        OverdueQuery query = new OverdueQuery(2026, "plan-1", null, "341800-fgw", 2, null);
        OverdueSql sql = new OverdueSql(query, TODAY);
        OverdueCursor after = OverdueCursor.after(query, LocalDate.of(2026, 6, 30), "a-9");

        assertThat(sql.page(after, 3))
                .contains("a.status <> 'COMPLETED' and a.deadline_kind = 'FIXED' and a.created"
                        + " and a.cancelled_at is null and a.due_date < :today")
                .contains("t.withdrawn_at is null", "p.year = :year", "a.plan_id = :plan", "a.unit_id = :unit")
                .contains("(a.due_date, a.assignment_id) > (:afterDue, :afterId)")
                .endsWith(" order by a.due_date, a.assignment_id limit 3");
        assertThat(sql.params(after))
                .containsEntry("today", TODAY)
                .containsEntry("afterDue", LocalDate.of(2026, 6, 30))
                .containsEntry("afterId", "a-9");
        assertThat(sql.count(10_001)).doesNotContain("afterId").endsWith("limit 10001) capped");
        assertThat(sql.params(null)).doesNotContainKey("afterId");
    }

    @Test
    void shouldNarrowACountyByItsIndexedDigitsAndOtherRegionsByPrefix() {
        assertThat(new OverdueSql(query("341821"), TODAY).page(null, 2))
                .contains("left(a.region_code, 6) = :county")
                .doesNotContain("like");
        assertThat(new OverdueSql(query("341800"), TODAY).params(null)).containsEntry("region", "3418%");
        assertThat(new OverdueSql(query("341821001000"), TODAY).params(null)).containsEntry("region", "341821001%");
    }

    /**
     * The SQL's region test, valid code and county digits or prefix, keeps exactly what RegionCodes.contains does, of
     * codes as the read model stores them (stripped: AssignmentProjection).
     */
    @Test
    void shouldKeepExactlyTheCodesTheRegionContains() {
        List<String> codes = codes();
        for (String outer : List.of("34", "340000", "3418", "341800", "341821", "341821001", "341821001000")) {
            String digits = RegionCodes.significant(outer);
            for (String code : codes) {
                String inner = code.strip();
                boolean valid = inner.matches(OverdueSql.VALID_CODE);
                boolean kept = digits.length() == 6
                        ? valid && inner.length() >= 6 && inner.substring(0, 6).equals(digits)
                        : valid && inner.startsWith(digits);
                assertThat(kept).as(outer + " keeps " + code).isEqualTo(RegionCodes.contains(outer, code));
            }
        }
    }

    private static OverdueQuery query(String region) {
        return new OverdueQuery(null, null, region, null, 2, null);
    }

    /** Every prefix of some codes, padded and not, with a few that are not codes at all. */
    private static List<String> codes() {
        List<String> codes = new ArrayList<>(List.of("", "3418x1", " 341821", "341821\u3000", "３４１８２１"));
        for (String code : List.of("341821001002", "341800000000", "341821000000", "341821001000", "340000000000")) {
            for (int length = 1; length <= code.length() + 1; length++) {
                codes.add(length <= code.length() ? code.substring(0, length) : code + "0");
            }
        }
        return codes;
    }
}
