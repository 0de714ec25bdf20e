package org.taizhang.reporting.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreWeightsTest {

    private static final ScoreCounts TYPICAL = new ScoreCounts(1, 1, 1, 4, 3, 3);

    @Test
    void shouldShowTheDefaultFormulaInWords() {
        assertThat(ScoreWeights.DEFAULT.formula())
                .isEqualTo("70 × (按时完成 + 0.5 × 逾期完成) ÷ (按时完成 + 逾期完成 + 逾期未完成) + 30 × 按时报送 ÷ 应报送"
                        + " − 5 × 逾期未完成 − 1 × 催办（分母为0的项计满分，总分限0–100分）");
    }

    @Test
    void shouldScoreByTheDefaultWeights() {
        // 70 × 1.5 / 3 + 30 × 3 / 4 − 5 × 1 − 1 × 3 = 35 + 22.5 − 8
        assertThat(ScoreWeights.DEFAULT.score(TYPICAL)).isEqualTo(49.5);
        assertThat(ScoreWeights.DEFAULT.working(TYPICAL))
                .isEqualTo("70 × (1 + 0.5 × 1) ÷ (1 + 1 + 1) + 30 × 3 ÷ 4 − 5 × 1 − 1 × 3 = 49.5");
    }

    @Test
    void shouldScoreAndShowCustomWeights() {
        ScoreWeights strict = new ScoreWeights(50, 50, 0, 10, 2);

        assertThat(strict.score(TYPICAL)).isEqualTo(38.2);
        assertThat(strict.formula()).startsWith("50 × (按时完成 + 0 × 逾期完成)").contains("− 10 × 逾期未完成 − 2 × 催办");
    }

    @Test
    void shouldGiveFullMarksForATermWithNothingDue() {
        assertThat(ScoreWeights.DEFAULT.score(new ScoreCounts(0, 0, 0, 0, 0, 0)))
                .isEqualTo(100.0);
        assertThat(ScoreWeights.DEFAULT.score(new ScoreCounts(2, 0, 0, 0, 0, 0)))
                .isEqualTo(100.0);
    }

    @Test
    void shouldHoldTheScoreWithinZeroAndHundredAndSaySo() {
        ScoreCounts hopeless = new ScoreCounts(0, 0, 10, 4, 0, 20);

        assertThat(ScoreWeights.DEFAULT.score(hopeless)).isZero();
        assertThat(ScoreWeights.DEFAULT.working(hopeless)).endsWith("= -70，计0分");
    }

    @Test
    void shouldRejectWeightsThatDoNotShareHundredPoints() {
        assertThatThrownBy(() -> new ScoreWeights(60, 30, 0.5, 5, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share 100 points");
    }

    @Test
    void shouldRejectNegativeOrOversizedWeights() {
        assertThatThrownBy(() -> new ScoreWeights(70, 30, 0.5, -5, 1)).hasMessageContaining("overduePenalty");
        assertThatThrownBy(() -> new ScoreWeights(70, 30, 1.5, 5, 1)).hasMessageContaining("lateCredit");
        assertThatThrownBy(() -> new ScoreWeights(Double.NaN, 30, 0.5, 5, 1)).hasMessageContaining("completion");
    }
}
