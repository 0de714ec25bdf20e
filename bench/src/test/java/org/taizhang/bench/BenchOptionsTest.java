package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.taizhang.bench.BenchOptions.ScalePart;

class BenchOptionsTest {

    @Test
    void shouldRunTheWholeScaleScenarioUnlessLimited() {
        BenchOptions options = BenchOptions.parse(new String[] {"scale", "--skip-rebuild"});

        assertThat(options.scenarios()).containsExactly("scale");
        assertThat(options.only()).isEqualTo(ScalePart.ALL);
        assertThat(options.skipRebuild()).isTrue();
    }

    @Test
    void shouldLimitTheScaleScenarioToThePartAsked() {
        assertThat(BenchOptions.parse(new String[] {"scale", "--rebuild-only"}).only())
                .isEqualTo(ScalePart.REBUILD);
        assertThat(BenchOptions.parse(new String[] {"scale", "--fan-out-only"}).only())
                .isEqualTo(ScalePart.FAN_OUT);
        assertThat(BenchOptions.parse(new String[] {"scale", "--lists-only"}).only())
                .isEqualTo(ScalePart.LISTS);
        assertThat(BenchOptions.parse(new String[] {"scale", "--seed-only"}).only())
                .isEqualTo(ScalePart.SEED);
        assertThat(BenchOptions.parse(new String[] {"scale", "--scorecards-only"})
                        .only())
                .isEqualTo(ScalePart.SCORECARDS);
    }

    @Test
    void shouldLeaveTheProvinceOutOfAPlainRun() {
        assertThat(BenchOptions.parse(new String[0]).scenarios())
                .contains("footprint")
                .doesNotContain("scale");
    }
}
