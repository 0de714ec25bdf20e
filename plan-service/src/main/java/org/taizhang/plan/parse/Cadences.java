package org.taizhang.plan.parse;

import java.util.regex.Pattern;
import org.taizhang.events.plan.Cadence;

/** Recognises how often periodic work recurs (每月, 按季度, 每半年, 每年, 每3个月). */
final class Cadences {

    private static final Pattern HALF_YEARLY = Pattern.compile("每半年|按半年|半年度|每6个月|每隔半年");
    private static final Pattern QUARTERLY = Pattern.compile("每季|按季|逐季|每个季度|每一季度|每3个月");
    private static final Pattern MONTHLY = Pattern.compile("每月|按月|逐月|每个月|每1个月|月度");
    private static final Pattern YEARLY = Pattern.compile("每年|按年|逐年|每一年|每个年度|每12个月|每年度");

    private Cadences() {}

    static Cadence of(String comparableText) {
        if (HALF_YEARLY.matcher(comparableText).find()) {
            return Cadence.HALF_YEARLY;
        }
        if (QUARTERLY.matcher(comparableText).find()) {
            return Cadence.QUARTERLY;
        }
        if (MONTHLY.matcher(comparableText).find()) {
            return Cadence.MONTHLY;
        }
        if (YEARLY.matcher(comparableText).find()) {
            return Cadence.YEARLY;
        }
        return null;
    }
}
