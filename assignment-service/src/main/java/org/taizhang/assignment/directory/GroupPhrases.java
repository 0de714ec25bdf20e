package org.taizhang.assignment.directory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the group phrases of plans and says which units each stands for; see {@link GroupExpander}. */
final class GroupPhrases {

    private static final Pattern ANNOTATION = Pattern.compile("\\((?:[^()]*(?:见|附件|下同|[0-9])[^()]*|管委会|管理委员会)\\)$");
    private static final Pattern COUNTIES = Pattern.compile("[县区市()、,]+");
    private static final Pattern TOWNS = Pattern.compile("[乡镇街道办事处政府()、,]+");
    private static final Pattern DEPARTMENTS =
            Pattern.compile("([市县区])(政府直属|政府|直属|直|级)?(各)?(部门|单位|委办局|机关|部门和单位|部门及单位|部门、单位|部门\\(单位\\)|单位\\(部门\\))");
    private static final Pattern ENTERPRISES = Pattern.compile("各?(企事业单位|企业事业单位|企业和事业单位|企业、事业单位|企业|事业单位)");

    private final UnitNameNormalizer normalizer;

    GroupPhrases(UnitNameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Whether the phrase leaves the choice of units open (有关部门, 相关单位). */
    static boolean isAmbiguous(String phrase) {
        return phrase != null && (phrase.contains("有关") || phrase.contains("相关"));
    }

    /** The rule a concrete group phrase stands for, if it is one. */
    Optional<GroupRule> rule(String phrase) {
        String text = canonical(phrase);
        return governments(text)
                .or(() -> towns(text))
                .or(() -> departments(text))
                .or(() -> enterprises(text));
    }

    /** Half-width brackets, no spaces, 人民政府 as 政府, no trailing annotation such as （见附件1） or （管委会）. */
    String canonical(String phrase) {
        String text = normalizer.compact(phrase).replace("人民政府", "政府");
        String previous;
        do {
            previous = text;
            text = ANNOTATION.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return text;
    }

    private static Optional<GroupRule> governments(String text) {
        boolean each = text.startsWith("各");
        String region = stripSuffix(each ? text.substring(1) : text, "政府");
        if (!COUNTIES.matcher(region).matches() || region.equals("市") && !each) {
            return Optional.empty();
        }
        boolean county = region.contains("县") || region.contains("区");
        if (county && (each || region.length() > 1)) {
            return Optional.of(new GroupRule(EnumSet.of(UnitKind.GOVERNMENT), UnitLevel.COUNTY));
        }
        return each && region.equals("市")
                ? Optional.of(new GroupRule(EnumSet.of(UnitKind.GOVERNMENT), UnitLevel.CITY))
                : Optional.empty();
    }

    private static Optional<GroupRule> towns(String text) {
        if (!text.startsWith("各")) {
            return Optional.empty();
        }
        String region = text.substring(1);
        boolean town = region.contains("镇") || region.contains("乡") || region.contains("街道");
        return town && TOWNS.matcher(region).matches()
                ? Optional.of(new GroupRule(EnumSet.of(UnitKind.TOWNSHIP, UnitKind.GOVERNMENT), UnitLevel.TOWN))
                : Optional.empty();
    }

    private static Optional<GroupRule> departments(String text) {
        Matcher m = DEPARTMENTS.matcher(text);
        if (!m.matches() || m.group(2) == null && m.group(3) == null) {
            return Optional.empty();
        }
        Set<UnitKind> kinds = m.group(4).contains("单位")
                ? EnumSet.of(UnitKind.DEPARTMENT, UnitKind.PUBLIC_INSTITUTION)
                : EnumSet.of(UnitKind.DEPARTMENT);
        UnitLevel level = m.group(1).equals("市") ? UnitLevel.CITY : UnitLevel.COUNTY;
        return Optional.of(new GroupRule(kinds, level));
    }

    private static Optional<GroupRule> enterprises(String text) {
        Matcher m = ENTERPRISES.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        if (m.group(1).contains("企")) {
            kinds.add(UnitKind.ENTERPRISE);
        }
        if (m.group(1).contains("事业")) {
            kinds.add(UnitKind.PUBLIC_INSTITUTION);
        }
        return Optional.of(new GroupRule(kinds, null));
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }
}
