package org.taizhang.console.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.taizhang.console.api.PendingResolution;

/**
 * The units the office chose for a pending name: ticked candidates and ids typed in, several to a field separated by
 * commas, 、 or spaces; and whether the name should be remembered as the single chosen unit's alias.
 */
public record PendingChoice(List<String> unitIds, String rememberAlias) {

    static final int MAX_UNITS = 50;

    /** What the office typed, to show again beside a refusal. */
    public String typed() {
        return unitIds == null
                ? ""
                : String.join(
                        ", ",
                        unitIds.stream()
                                .filter(Objects::nonNull)
                                .map(String::strip)
                                .filter(id -> !id.isEmpty())
                                .toList());
    }

    public PendingResolution toResolution() {
        Set<String> chosen = new LinkedHashSet<>();
        if (unitIds != null) {
            unitIds.stream()
                    .flatMap(Inputs::items)
                    .forEach(id -> chosen.add(Inputs.unitId("单位编号", id).orElseThrow()));
        }
        if (chosen.isEmpty()) {
            throw new BadInputException("请选择或填写至少一个单位编号");
        }
        if (chosen.size() > MAX_UNITS) {
            throw new BadInputException("一次最多确认 " + MAX_UNITS + " 个单位");
        }
        return new PendingResolution(List.copyOf(chosen), rememberAlias != null && !rememberAlias.isBlank());
    }
}
