package org.taizhang.console.view;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taizhang.console.api.PolicySettings;
import org.taizhang.console.api.ReminderPolicy;

/** A reminder policy's form: the days before a due date as a list such as "5, 1", the rest one field each. */
public record PolicyForm(
        String beforeDays,
        String onDueDay,
        String overdueEveryDays,
        String leadUnitAfter,
        String officeAfter,
        String defaultCadence,
        String periodicGraceDays,
        String localHour,
        String zone) {

    /** reminder-service's bound on every working-day count. */
    public static final int MAX_DAYS = 60;

    static final int MAX_BEFORE_DAYS = 20;

    /** The reporting cadences, in the order the form offers them. */
    public static final Map<String, String> CADENCES = cadences();

    /** The field names reminder-service uses, as the form labels them, for its refusals. */
    public static final Map<String, String> FIELDS = Map.of(
            "beforeDays", "到期前提醒",
            "onDueDay", "到期当天提醒",
            "overdueEveryDays", "逾期催办间隔",
            "leadUnitAfter", "催办本单位次数",
            "officeAfter", "催办牵头单位至第几次",
            "defaultCadence", "默认报送周期",
            "periodicGraceDays", "报送宽限",
            "localHour", "发送时刻",
            "zone", "时区");

    private static Map<String, String> cadences() {
        Map<String, String> cadences = new LinkedHashMap<>();
        cadences.put("MONTHLY", "每月");
        cadences.put("QUARTERLY", "每季度");
        cadences.put("HALF_YEARLY", "每半年");
        cadences.put("YEARLY", "每年");
        return Collections.unmodifiableMap(cadences);
    }

    /** The form filled with the policy as it stands. */
    public static PolicyForm of(ReminderPolicy policy) {
        return new PolicyForm(
                policy.beforeDays() == null
                        ? ""
                        : policy.beforeDays().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                policy.onDueDay() ? "on" : null,
                String.valueOf(policy.overdueEveryDays()),
                String.valueOf(policy.leadUnitAfter()),
                String.valueOf(policy.officeAfter()),
                policy.defaultCadence(),
                String.valueOf(policy.periodicGraceDays()),
                String.valueOf(policy.localHour()),
                policy.zone());
    }

    public boolean dueDayChecked() {
        return onDueDay != null && !onDueDay.isBlank();
    }

    /** The policy to send, each field within its range; reminder-service checks how they fit together. */
    public PolicySettings toSettings() {
        return new PolicySettings(
                days(),
                dueDayChecked(),
                required("逾期催办间隔", overdueEveryDays, 1, MAX_DAYS),
                required("催办本单位次数", leadUnitAfter, 0, MAX_DAYS),
                required("催办牵头单位至第几次", officeAfter, 0, MAX_DAYS),
                Inputs.choice("默认报送周期", defaultCadence, CADENCES.keySet())
                        .orElseThrow(() -> new BadInputException("请选择默认报送周期")),
                required("报送宽限", periodicGraceDays, 1, MAX_DAYS),
                required("发送时刻", localHour, 0, 23),
                Inputs.text("时区", zone, 64).orElse("Asia/Shanghai"));
    }

    List<Integer> days() {
        if (beforeDays == null || beforeDays.isBlank()) {
            return List.of();
        }
        List<Integer> days = Arrays.stream(beforeDays.strip().split("[\\s,，、;；]+"))
                .map(day -> Inputs.integer("到期前提醒天数", day, 1, MAX_DAYS).orElseThrow())
                .distinct()
                .toList();
        if (days.size() > MAX_BEFORE_DAYS) {
            throw new BadInputException("到期前提醒最多 " + MAX_BEFORE_DAYS + " 次");
        }
        return days;
    }

    private static Integer required(String field, String raw, int min, int max) {
        return Inputs.integer(field, raw, min, max).orElseThrow(() -> new BadInputException("请填写" + field));
    }
}
