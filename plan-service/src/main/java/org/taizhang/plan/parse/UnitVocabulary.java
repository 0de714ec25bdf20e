package org.taizhang.plan.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.taizhang.events.plan.UnitRole;

/** The words unit phrases are built from: how unit names end, role markers, group and annotation patterns. */
final class UnitVocabulary {

    /** Role markers written after unit names, longest first so that 负责落实 wins over 负责. */
    static final List<Map.Entry<String, UnitRole>> MARKERS = List.of(
            Map.entry("按职责分工负责", UnitRole.RESPONSIBLE),
            Map.entry("按职责分工落实", UnitRole.RESPONSIBLE),
            Map.entry("按职责负责", UnitRole.RESPONSIBLE),
            Map.entry("牵头负责", UnitRole.LEAD),
            Map.entry("牵头落实", UnitRole.LEAD),
            Map.entry("配合落实", UnitRole.SUPPORTING),
            Map.entry("分别负责", UnitRole.RESPONSIBLE),
            Map.entry("负责落实", UnitRole.RESPONSIBLE),
            Map.entry("具体负责", UnitRole.RESPONSIBLE),
            Map.entry("共同负责", UnitRole.RESPONSIBLE),
            Map.entry("分别落实", UnitRole.RESPONSIBLE),
            Map.entry("负总责", UnitRole.LEAD),
            Map.entry("牵头", UnitRole.LEAD),
            Map.entry("负责", UnitRole.RESPONSIBLE),
            Map.entry("落实", UnitRole.RESPONSIBLE),
            Map.entry("配合", UnitRole.SUPPORTING),
            Map.entry("协同", UnitRole.SUPPORTING),
            Map.entry("协助", UnitRole.SUPPORTING),
            Map.entry("协办", UnitRole.SUPPORTING),
            Map.entry("参与", UnitRole.SUPPORTING));

    /** The characters role markers start with. */
    static final String MARKER_STARTS =
            MARKERS.stream().map(m -> m.getKey().substring(0, 1)).distinct().collect(Collectors.joining());

    private static final String UNIT_ENDINGS = "局委办室院厅部处科所站队馆会社台行司关府心位门团庭组校联协署园";
    private static final String AREA_ENDINGS = "县市区镇乡旗村";
    private static final List<String> BARE_SUFFIXES = List.of(
            "办公室", "人民政府", "政府", "委员会", "管委会", "管理委员会", "部门", "单位", "中心", "局", "委", "办", "分局", "支队", "大队", "公司");
    private static final Pattern GROUP = Pattern.compile("^各|各(部门|单位|级|有关|相关|地|镇|乡|街道|县|区|市|成员|委办局|企事业)"
            + "|有关|相关|^[市县区]直|[市县区]直(各|有关|部门|单位)|（[^）]*、[^）]*）|(部门|单位)$|^(部门|单位)");
    private static final Pattern ANNOTATION_WORDS = Pattern.compile("见|附件|下同|负责|牵头|配合|含|包括|除|为准|注|具体|详见|[0-9]");

    private UnitVocabulary() {}

    /** Whether a name, brackets aside, ends the way unit names end (局, 委, 办公室, 政府, 中心, 某某县…). */
    static boolean endsLikeUnit(String name) {
        String core = withoutTrailingBrackets(name);
        if (core.isEmpty()) {
            return false;
        }
        char last = core.charAt(core.length() - 1);
        if (UNIT_ENDINGS.indexOf(last) >= 0) {
            return core.length() >= 2;
        }
        return AREA_ENDINGS.indexOf(last) >= 0 && core.length() >= 3 || core.endsWith("街道") || core.endsWith("社区");
    }

    /** Whether a word continues the previous name rather than starting a new one (市政府 办公室). */
    static boolean isBareSuffix(String word) {
        return BARE_SUFFIXES.stream().anyMatch(word::startsWith) && word.length() <= 5;
    }

    static boolean isGroup(String name) {
        return GROUP.matcher(name).find();
    }

    static boolean isAmbiguous(String name) {
        return name.contains("有关") || name.equals("部门") || name.equals("单位");
    }

    /** Bracketed text that explains rather than names: (见附件1,下同), (负责市政府规章). */
    static boolean isAnnotation(String bracketContent) {
        String content = bracketContent.strip();
        return content.isEmpty()
                || content.length() > 8
                || ANNOTATION_WORDS.matcher(content).find();
    }

    static String withoutTrailingBrackets(String name) {
        String core = name;
        while (core.endsWith("）")) {
            int open = core.lastIndexOf('（');
            if (open <= 0) {
                break;
            }
            core = core.substring(0, open);
        }
        return core;
    }
}
