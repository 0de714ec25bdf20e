package org.taizhang.reminder.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Mainland China mobile numbers as an SMS subscription holds them: 11 digits from 13–19, +86 or 86 allowed. */
public final class MobileNumbers {

    /** At most this many numbers per subscription: a unit's duty phones, not a mailing list. */
    public static final int MAX = 5;

    private static final Pattern MAINLAND = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");

    private MobileNumbers() {}

    /** The 11-digit form of a valid mainland mobile number, or empty. */
    public static Optional<String> normalise(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        var m = MAINLAND.matcher(phone.trim().replace(" ", "").replace("-", ""));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Why the list is not acceptable, or empty when every number is a mainland mobile and there are 1..MAX. */
    public static List<String> problems(List<String> phones) {
        List<String> problems = new ArrayList<>();
        if (phones == null || phones.isEmpty()) {
            problems.add("at least one mobile number is required");
            return problems;
        }
        if (phones.size() > MAX) {
            problems.add("at most " + MAX + " mobile numbers, not " + phones.size());
        }
        for (String phone : phones) {
            if (normalise(phone).isEmpty()) {
                problems.add("'" + TextCut.toChars(String.valueOf(phone), 20) + "' is not a mainland mobile number"
                        + " (11 digits starting 13–19, +86 allowed)");
            }
        }
        return problems;
    }

    /** The numbers in 11-digit form, each once, comma-separated as stored. */
    public static String join(List<String> phones) {
        Set<String> unique = new LinkedHashSet<>();
        phones.forEach(p -> normalise(p).ifPresent(unique::add));
        return String.join(",", unique);
    }

    /** The stored numbers in E.164 form (+86…), as SMS providers take them. */
    public static List<String> e164(String stored) {
        List<String> numbers = new ArrayList<>();
        for (String p : stored.split(",")) {
            normalise(p).ifPresent(n -> numbers.add("+86" + n));
        }
        return numbers;
    }
}
