package org.taizhang.plan.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.taizhang.events.plan.UnitMention;
import org.taizhang.events.plan.UnitRole;

/**
 * Reads the units a task names (牵头单位, 责任单位, 配合单位 cells) as {@link UnitMention}s, in the order written.
 *
 * <p>A role marker closes a clause: in {@code X、Y牵头，Z负责落实} X and Y lead and Z is responsible; names not
 * closed by a marker take the role of the column they stand in. A unit named twice keeps one mention with its
 * strongest role (LEAD over RESPONSIBLE over SUPPORTING). Unknown names are kept as written; nothing is dropped but
 * annotations such as (见附件1,下同). The parser never throws.
 */
public final class UnitPhraseParser {

    private static final Pattern SENTENCE = Pattern.compile("[。！？!?]");

    /** Units of a responsible-units cell; unmarked names are RESPONSIBLE. */
    public List<UnitMention> parse(String responsible) {
        return parse(null, responsible, null);
    }

    /** Units of a separate lead cell (unmarked names LEAD) and a responsible cell (unmarked names RESPONSIBLE). */
    public List<UnitMention> parse(String lead, String responsible) {
        return parse(lead, responsible, null);
    }

    /** As {@link #parse(String, String)}, plus a 配合单位 cell whose unmarked names are SUPPORTING. */
    public List<UnitMention> parse(String lead, String responsible, String supporting) {
        List<UnitMention> all = new ArrayList<>();
        all.addAll(parseCell(lead, UnitRole.LEAD));
        all.addAll(parseCell(responsible, UnitRole.RESPONSIBLE));
        all.addAll(parseCell(supporting, UnitRole.SUPPORTING));
        return deduplicated(all);
    }

    /** Units of one cell; names without a marker take {@code defaultRole}. */
    public List<UnitMention> parseCell(String cell, UnitRole defaultRole) {
        try {
            return deduplicated(mentions(cell, defaultRole));
        } catch (RuntimeException e) {
            // a cell the rules cannot take apart is still kept, whole, for the office to fix
            String raw = cell == null ? "" : cell.strip();
            return raw.isEmpty() ? List.of() : List.of(new UnitMention(raw, raw, defaultRole, false, false));
        }
    }

    /**
     * Whether a cell reads as a list of unit names rather than as a sentence: every name it parses into must read as a
     * unit or a unit group, so a requirement that merely mentions 县政府 or 各级政府 stays text.
     */
    public boolean looksLikeUnits(String cell) {
        if (cell == null
                || cell.isBlank()
                || cell.length() > 600
                || SENTENCE.matcher(cell).find()) {
            return false;
        }
        List<UnitMention> mentions = parseCell(cell, UnitRole.RESPONSIBLE);
        return !mentions.isEmpty() && mentions.stream().allMatch(UnitNameShape::readsAsUnit);
    }

    private static List<UnitMention> mentions(String cell, UnitRole defaultRole) {
        List<UnitMention> out = new ArrayList<>();
        List<UnitNames.Named> pending = new ArrayList<>();
        for (String piece : UnitSegmenter.split(cell)) {
            for (UnitNames.Marked marked : UnitNames.byMarkers(piece)) {
                pending.addAll(UnitNames.named(marked.raw()));
                if (marked.role() != null) {
                    flush(pending, marked.role(), out);
                }
            }
        }
        flush(pending, defaultRole, out);
        return out;
    }

    private static void flush(List<UnitNames.Named> pending, UnitRole role, List<UnitMention> out) {
        for (UnitNames.Named named : pending) {
            boolean group = named.forcedGroup() || UnitVocabulary.isGroup(named.name());
            boolean ambiguous = UnitVocabulary.isAmbiguous(named.name()) || named.forcedGroup() && isBare(named.name());
            out.add(new UnitMention(named.raw(), named.name(), role, group, group && ambiguous));
        }
        pending.clear();
    }

    private static boolean isBare(String name) {
        return name.equals("部门") || name.equals("单位") || name.contains("相关");
    }

    private static List<UnitMention> deduplicated(List<UnitMention> mentions) {
        Map<String, UnitMention> byName = new LinkedHashMap<>();
        for (UnitMention mention : mentions) {
            byName.merge(
                    mention.name(),
                    mention,
                    (first, later) -> later.role().ordinal() < first.role().ordinal()
                            ? new UnitMention(first.raw(), first.name(), later.role(), first.group(), first.ambiguous())
                            : first);
        }
        return List.copyOf(byName.values());
    }
}
