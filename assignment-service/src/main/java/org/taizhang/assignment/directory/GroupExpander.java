package org.taizhang.assignment.directory;

import java.util.Comparator;
import java.util.List;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.platform.region.RegionCodes;

/**
 * Expands the group phrases of a plan into the concrete units of the directory, within the plan's region.
 *
 * <p>Phrases are compared without spaces, with half-width brackets, 人民政府 read as 政府, and trailing annotations
 * such as （见附件1） or （管委会） dropped. Rules:
 *
 * <ul>
 *   <li>Anything containing 有关 or 相关, or flagged ambiguous by plan-service → {@link Expansion.Ambiguous}: the office
 *       picks the units, never everyone.
 *   <li>各县（市、区）政府, 县（市、区）政府, 各县（市、区）人民政府（管委会）, 各区县政府, 各县区人民政府, 各县（市、区） → the
 *       GOVERNMENT units of level COUNTY inside the plan region (各市政府 → those of level CITY).
 *   <li>市政府各部门, 市直各部门, 市直部门, 市级各部门 → DEPARTMENT units of level CITY in the city enclosing the plan region;
 *       with 单位 (市直各单位, 市直各部门（单位）) also PUBLIC_INSTITUTION units.
 *   <li>县直各单位, 县直各部门, 县政府各部门, 区直各部门 → the same at level COUNTY: the plan's own county for a county
 *       plan, every county inside the region for a city plan.
 *   <li>各镇（办）, 各乡镇（街道）, 各镇人民政府, 各街道 → TOWNSHIP and GOVERNMENT units of level TOWN inside the plan region.
 *   <li>各企事业单位 → ENTERPRISE and PUBLIC_INSTITUTION units at any level inside the plan region (各企业: ENTERPRISE
 *       only; 各事业单位: PUBLIC_INSTITUTION only).
 *   <li>Anything else → {@link Expansion.UnknownGroup}. Single unit names are the resolver's business, not this class's.
 * </ul>
 */
public final class GroupExpander {

    private static final Comparator<DirectoryUnit> ORDER = Comparator.comparing(
                    (DirectoryUnit unit) -> RegionCodes.significant(unit.regionCode()))
            .thenComparing(DirectoryUnit::id);

    private final List<DirectoryUnit> units;
    private final GroupPhrases phrases;

    public GroupExpander(List<DirectoryUnit> units) {
        this(units, UnitNameNormalizer.standard());
    }

    public GroupExpander(List<DirectoryUnit> units, UnitNameNormalizer normalizer) {
        this.units = List.copyOf(units);
        this.phrases = new GroupPhrases(normalizer);
    }

    /** Expands a group mention as plan-service sends it. */
    public Expansion expand(UnitMention mention, String planRegionCode) {
        if (mention == null) {
            return new Expansion.UnknownGroup("");
        }
        String name = mention.name() != null ? mention.name() : mention.raw();
        return expand(name, mention.ambiguous(), planRegionCode);
    }

    /** Expands a group phrase of a plan of {@code planRegionCode}; {@code ambiguous} as flagged by the parser. */
    public Expansion expand(String group, boolean ambiguous, String planRegionCode) {
        String phrase = group == null ? "" : group;
        if (ambiguous || GroupPhrases.isAmbiguous(phrase)) {
            return new Expansion.Ambiguous(phrase);
        }
        return phrases.rule(phrase)
                .<Expansion>map(rule -> new Expansion.Concrete(phrase, select(rule, planRegionCode)))
                .orElseGet(() -> new Expansion.UnknownGroup(phrase));
    }

    private List<DirectoryUnit> select(GroupRule rule, String planRegionCode) {
        return units.stream()
                .filter(unit -> rule.selects(unit, planRegionCode))
                .sorted(ORDER)
                .toList();
    }
}
