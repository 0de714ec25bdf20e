package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void shouldHideEveryQueryValueOfARobotUrl() {
        assertThat(SecretMask.url("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-secret"))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***");
        assertThat(SecretMask.url("https://oapi.dingtalk.com/robot/send?access_token=abc&x=1#frag"))
                .isEqualTo("https://oapi.dingtalk.com/robot/send?access_token=***&x=***");
        assertThat(SecretMask.url("https://oa.example.gov.cn/hook")).isEqualTo("https://oa.example.gov.cn/hook");
    }

    @Test
    void shouldHideTheMiddleDigitsOfMobileNumbers() {
        assertThat(SecretMask.phones("13800138000,13912345678")).isEqualTo("138****8000,139****5678");
    }
}
