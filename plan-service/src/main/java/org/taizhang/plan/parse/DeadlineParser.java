package org.taizhang.plan.parse;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.taizhang.events.plan.Cadence;
import org.taizhang.events.plan.Deadline;
import org.taizhang.events.plan.DeadlineKind;

/**
 * Understands a deadline cell (时限) such as 年底前, 6月底前, 2022年3月15日前, 第三季度, 持续推进 or 每季度.
 *
 * <p>Compound text is read in this order, so that the reading a clerk would choose wins:
 *
 * <ol>
 *   <li>a cadence (每月, 按季度, 每半年, 每年…) makes the task PERIODIC; with an ongoing word as well
 *       (持续推进，每季度报送) it is ONGOING with that cadence. Dates in such text are the recurring due day.
 *   <li>otherwise an explicit date makes it FIXED; with several dates (6月底前完成初稿，12月底前完成) the latest
 *       wins because the task is only done then; an ongoing word beside a date (6月底前，持续推进) does not change
 *       that: the date is the commitment that can be checked, the rest stays in {@code raw}.
 *   <li>otherwise an ongoing word (持续, 长期, 常态化, 定期…) makes it ONGOING.
 * </ol>
 *
 * Anything else, and impossible dates such as 2月30日, is UNSPECIFIED. The parser never throws.
 */
public final class DeadlineParser {

    private static final Pattern ONGOING = Pattern.compile("持续|长期|常态|经常|定期|动态|日常|不定期|全年|常年|长效|随时|即时");

    /** Parses {@code raw}, reading dates without a year as dates in {@code planYear}. */
    public Deadline parse(String raw, int planYear) {
        String original = raw == null ? "" : raw.strip();
        try {
            return interpret(original, planYear);
        } catch (RuntimeException e) {
            // a parser that cannot understand text says so; it never fails an import
            return unspecified(original);
        }
    }

    /** Whether the text reads as a deadline at all. */
    public boolean isDeadline(String raw) {
        return parse(raw, LocalDate.now().getYear()).kind() != DeadlineKind.UNSPECIFIED;
    }

    private Deadline interpret(String original, int planYear) {
        String text = comparable(original);
        if (text.isEmpty()) {
            return unspecified(original);
        }
        boolean ongoing = ONGOING.matcher(text).find();
        Cadence cadence = Cadences.of(text);
        if (cadence != null) {
            return new Deadline(original, ongoing ? DeadlineKind.ONGOING : DeadlineKind.PERIODIC, null, cadence);
        }
        Optional<LocalDate> date = FixedDates.latest(text, planYear);
        if (date.isPresent()) {
            return new Deadline(original, DeadlineKind.FIXED, date.get(), null);
        }
        if (ongoing) {
            return new Deadline(original, DeadlineKind.ONGOING, null, null);
        }
        return unspecified(original);
    }

    static String comparable(String text) {
        String half = Simplified.of(TextNormalizer.halfWidth(TextNormalizer.unifyWhitespace(text)))
                .replace(" ", "");
        return ChineseNumerals.arabicDates(half);
    }

    private static Deadline unspecified(String original) {
        return new Deadline(original, DeadlineKind.UNSPECIFIED, null, null);
    }
}
