package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.assignment.progress.Rejection.Reason;
import org.taizhang.assignment.progress.Reporter.Via;

class ReporterTest {

    private static final String COUNTY = "341821";

    @Test
    void shouldLetTheOfficeActOnAnyUnit() {
        Reporter office = new Reporter("office-clerk", Via.OFFICE, null, null);

        assertThat(office.office()).isTrue();
        assertThat(office.mayActOn("city-drc", "341800")).isEmpty();
        assertThat(office.mayActOn("xz-gov", "341821100")).isEmpty();
        assertThat(office.mayActOn(null, null)).isEmpty();
    }

    @Test
    void shouldCountOnlyTheOfficeChannelAsTheOffice() {
        assertThat(new Reporter("u", Via.UNIT, "city-drc", null).office()).isFalse();
        assertThat(new Reporter("i", Via.INTEGRATION, null, COUNTY).office()).isFalse();
        assertThat(new Reporter("n", Via.NONE, null, null).office()).isFalse();
    }

    @Test
    void shouldLetAUnitActOnItsOwnAssignments() {
        Reporter clerk = new Reporter("clerk", Via.UNIT, "city-drc", "341800");

        assertThat(clerk.mayActOn("city-drc", "341800")).isEmpty();
    }

    @Test
    void shouldRefuseAUnitTheAssignmentsOfAnotherUnit() {
        Reporter clerk = new Reporter("clerk", Via.UNIT, "city-drc", "341800");

        assertNotYours(
                clerk.mayActOn("city-edu", "341800"), "unit city-drc may not act on the assignments of unit city-edu");
        assertNotYours(clerk.mayActOn(null, "341800"), "city-drc");
    }

    @Test
    void shouldRefuseAUnitCallerWithoutAUnit() {
        Reporter lost = new Reporter("clerk", Via.UNIT, null, null);

        assertNotYours(lost.mayActOn("city-drc", "341800"), "unit null");
        assertNotYours(lost.mayActOn(null, "341800"), "unit null");
    }

    @ParameterizedTest
    @CsvSource({
        "341821, 341821",
        "341821, 341821000",
        "341821, 341821100",
        "341821, 341821100000",
        "341800, 341821",
        "341800, 341802101",
        "3418, 341821",
        "340000, 341821"
    })
    void shouldLetAnIntegrationActInsideItsRegion(String region, String assignmentRegion) {
        Reporter county = new Reporter("county-system", Via.INTEGRATION, null, region);

        assertThat(county.mayActOn("xz-gov", assignmentRegion)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "341821, 341822",
        "341821, 341822100",
        "341821, 341800",
        "341821, 340000",
        "341800, 341000",
        "341821, not-a-code"
    })
    void shouldRefuseAnIntegrationOutsideItsRegion(String region, String assignmentRegion) {
        Reporter county = new Reporter("county-system", Via.INTEGRATION, null, region);

        assertNotYours(
                county.mayActOn("other", assignmentRegion),
                "region " + region + " may not act on units of region " + assignmentRegion);
    }

    @Test
    void shouldRefuseAnIntegrationWithoutRegionOrAnAssignmentWithoutRegion() {
        assertNotYours(new Reporter("sys", Via.INTEGRATION, null, null).mayActOn("xz-gov", COUNTY), "region null");
        assertNotYours(new Reporter("sys", Via.INTEGRATION, null, COUNTY).mayActOn("xz-gov", null), "region null");
    }

    @Test
    void shouldRefuseACallerWithoutAReportingRole() {
        Reporter auditor = new Reporter("auditor", Via.NONE, "city-drc", COUNTY);

        assertNotYours(auditor.mayActOn("city-drc", COUNTY), "no role that reports progress");
    }

    private static void assertNotYours(Optional<Rejection> result, String messagePart) {
        assertThat(result).hasValueSatisfying(rejection -> {
            assertThat(rejection.reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(rejection.message()).contains(messagePart);
        });
    }
}
