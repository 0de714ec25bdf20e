package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTemplateTest {

    @Test
    void shouldCutEachVariableButTheLinkToTheProvidersLimit() {
        ReminderMessage message = Messages.beforeDue("做好二〇二六年度政务公开政策解读发布工作", "某某市人民政府办公室政务公开科", null);

        assertThat(SmsTemplate.params(message, "https://t.gov.cn/tz", 12))
                .containsExactly("做好二〇二六年度政务公开", "某某市人民政府办公室政务", "剩5个工作日", "https://t.gov.cn/tz");
    }
}
