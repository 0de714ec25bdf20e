package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.taizhang.console.api.PolicySettings;
import org.taizhang.console.api.SubscriptionChange;
import org.taizhang.console.api.UnitChange;

/** The office's forms as typed become the services' requests, or a reason to refuse them before sending. */
class OfficeFormsTest {

    @Test
    void shouldReadUnitIdsTickedAndTypedWithChineseSeparatorsOnceEach() {
        PendingChoice choice = new PendingChoice(List.of("341800-fgw", "341800-czj、341800-fgw，341800-sjj\n"), "true");

        assertThat(choice.toResolution().unitIds()).containsExactly("341800-fgw", "341800-czj", "341800-sjj");
        assertThat(choice.toResolution().rememberAlias()).isTrue();
        assertThat(new PendingChoice(List.of("341800-fgw"), null).toResolution().rememberAlias())
                .isFalse();
    }

    @Test
    void shouldRefuseAChoiceOfNoUnitsOrOfTooMany() {
        String many = IntStream.range(0, 51).mapToObj(i -> "u" + i).collect(Collectors.joining(","));

        assertThatThrownBy(() -> new PendingChoice(null, null).toResolution()).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> new PendingChoice(List.of(many), null).toResolution())
                .hasMessageContaining("最多确认 50 个单位");
    }

    @Test
    void shouldReadTheDaysBeforeADueDateAsAListAndAnUntickedBoxAsFalse() {
        PolicySettings settings =
                new PolicyForm("10，5、1 5", null, "3", "2", "4", "QUARTERLY", "10", "9", " ").toSettings();

        assertThat(settings.beforeDays()).containsExactly(10, 5, 1);
        assertThat(settings.onDueDay()).isFalse();
        assertThat(settings.zone()).isEqualTo("Asia/Shanghai");
        assertThat(new PolicyForm("", "on", "3", "2", "4", "MONTHLY", "10", "9", "Asia/Shanghai")
                        .toSettings()
                        .beforeDays())
                .isEmpty();
    }

    @Test
    void shouldRefuseADayCountOutOfRangeOrAMissingCount() {
        assertThatThrownBy(() ->
                        new PolicyForm("61", null, "3", "2", "4", "MONTHLY", "10", "9", "Asia/Shanghai").toSettings())
                .hasMessageContaining("到期前提醒天数应为 1–60");
        assertThatThrownBy(() ->
                        new PolicyForm("5", null, "", "2", "4", "MONTHLY", "10", "9", "Asia/Shanghai").toSettings())
                .hasMessage("请填写逾期催办间隔");
        String tooMany = IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).collect(Collectors.joining(","));
        assertThatThrownBy(() -> new PolicyForm(tooMany, null, "3", "2", "4", "MONTHLY", "10", "9", "Asia/Shanghai")
                        .toSettings())
                .hasMessageContaining("最多 20 次");
    }

    @Test
    void shouldSendOnlyTheChosenChannelsFields() {
        SubscriptionChange mail = new SubscriptionForm(
                        "",
                        "341821",
                        "EMAIL",
                        "https://left.example/hook",
                        "left-over-secret",
                        "gkb@example.gov.cn",
                        "",
                        "",
                        null)
                .toChange();

        assertThat(mail.url()).isNull();
        assertThat(mail.secret()).isNull();
        assertThat(mail.email()).isEqualTo("gkb@example.gov.cn");
        assertThat(mail.regionCode()).isEqualTo("341821");
        assertThat(mail.active()).isFalse();
    }

    @Test
    void shouldReadTextMessageNumbersSeparatedAnyWayOnceEachAndRefuseNoneOrTooMany() {
        SubscriptionChange sms = new SubscriptionForm(
                        "341800-fgw",
                        "",
                        "SMS",
                        "https://left.example",
                        "",
                        "",
                        "台账",
                        "13800138000、13900139000，\n13800138000",
                        "on")
                .toChange();

        assertThat(sms.phones()).containsExactly("13800138000", "13900139000");
        assertThat(sms.url()).isNull();
        assertThat(sms.keyword()).isNull();
        assertThatThrownBy(() -> new SubscriptionForm("341800-fgw", "", "SMS", "", "", "", "", " ", "on").toChange())
                .hasMessage("请填写手机号码");
        assertThatThrownBy(() ->
                        new SubscriptionForm("341800-fgw", "", "SMS", "", "", "", "", "1 2 3 4 5 6", "on").toChange())
                .hasMessage("手机号码最多 5 个");
    }

    @Test
    void shouldOfferEveryChannelInAFixedOrder() {
        assertThat(SubscriptionForm.CHANNELS.keySet()).containsExactly("WEBHOOK", "EMAIL", "WECOM", "DINGTALK", "SMS");
    }

    @Test
    void shouldRefuseASubscriptionOfNeitherOrBothUnitAndRegion() {
        assertThatThrownBy(() -> new SubscriptionForm("", "", "EMAIL", "", "", "a@b.cn", "", "", "on").toChange())
                .hasMessage("单位编号与地区代码请填写其中一项");
        assertThatThrownBy(() -> new SubscriptionForm("341800-fgw", "341821", "EMAIL", "", "", "a@b.cn", "", "", "on")
                        .toChange())
                .hasMessage("单位编号与地区代码请填写其中一项");
    }

    @Test
    void shouldReadAliasesOneALineWithoutBlanksOrRepeats() {
        UnitChange change =
                new UnitForm("", "宣城市财政局", "市财政局\r\n\n 市财政局 \n财政局", "DEPARTMENT", "CITY", "341800", " ").toChange();

        assertThat(change.aliases()).containsExactly("市财政局", "财政局");
        assertThat(change.id()).isNull();
        assertThat(change.parentId()).isNull();
    }

    @Test
    void shouldRefuseTooManyAliasesOrAnAliasTooLong() {
        String many =
                String.join("\n", Arrays.stream(new String[51]).map(x -> "别名").toList());
        String manyDistinct = IntStream.range(0, 51).mapToObj(i -> "别名" + i).collect(Collectors.joining("\n"));

        assertThat(new UnitForm("", "单位", many, "OTHER", "CITY", "341800", "")
                        .toChange()
                        .aliases())
                .hasSize(1);
        assertThatThrownBy(() -> new UnitForm("", "单位", manyDistinct, "OTHER", "CITY", "341800", "").toChange())
                .hasMessage("别名最多 50 个");
        assertThatThrownBy(() -> new UnitForm("", "单位", "字".repeat(201), "OTHER", "CITY", "341800", "").toChange())
                .hasMessage("别名最多 200 个字");
    }
}
