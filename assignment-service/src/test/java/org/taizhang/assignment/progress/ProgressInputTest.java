package org.taizhang.assignment.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taizhang.events.assignment.AssignmentStatus;

class ProgressInputTest {

    private static final String LINK = "https://www.example.gov.cn/zwgk/a.html";

    @Test
    void shouldTreatMissingEvidenceAsNone() {
        assertThat(input(null).evidence()).isEmpty();
    }

    @Test
    void shouldTurnANullLinkIntoAnEmptyOneInsteadOfFailing() {
        assertThat(input(Arrays.asList(null, LINK)).evidence()).containsExactly("", LINK);
    }

    @Test
    void shouldKeepEvidenceOutOfReachOfTheCaller() {
        List<String> links = new ArrayList<>(List.of(LINK));
        ProgressInput in = input(links);
        links.add("ftp://later.example");

        assertThat(in.evidence()).containsExactly(LINK);
        assertThatThrownBy(() -> in.evidence().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ProgressInput input(List<String> evidence) {
        return new ProgressInput("r-1", AssignmentStatus.IN_PROGRESS, "进展", null, evidence, null);
    }
}
