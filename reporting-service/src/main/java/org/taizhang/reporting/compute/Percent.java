package org.taizhang.reporting.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the office writes them: one decimal, no trailing ".0" in text. */
public final class Percent {

    private Percent() {}

    public static double of(int part, int whole) {
        if (whole <= 0) {
            return 0;
        }
        return round1(100.0 * part / whole);
    }

    public static double round1(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A number without trailing zeros: 66.7, 100, 0.5. */
    public static String text(double value) {
        BigDecimal plain = BigDecimal.valueOf(value).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }
}
