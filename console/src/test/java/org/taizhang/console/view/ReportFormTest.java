package org.taizhang.console.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.taizhang.console.api.ProgressSubmission;

class ReportFormTest {

    @Test
    void shouldSendLinksOneALineAndCiteTheUploadedFiles() {
        UUID file = UUID.randomUUID();
        ReportForm form = new ReportForm("COMPLETED", "100", "已完成", "https://a.gov.cn/1\r\n\n  http://b.gov.cn/2 \n");

        ProgressSubmission sent = form.toSubmission(List.of(file));

        assertThat(sent.evidence()).containsExactly("https://a.gov.cn/1", "http://b.gov.cn/2");
        assertThat(sent.evidenceFileIds()).containsExactly(file);
        assertThat(sent.percent()).isEqualTo(100);
        assertThat(sent.reportId()).startsWith("console-");
    }

    @Test
    void shouldRefuseLinksThatAreNotWebAddressesAndTooManyOfThem() {
        assertThatThrownBy(() -> new ReportForm("IN_PROGRESS", "", "x", "javascript:alert(1)").toSubmission(List.of()))
                .hasMessageContaining("http://");
        String many = "https://a.gov.cn/x\n".repeat(ReportForm.MAX_LINKS + 1);
        assertThatThrownBy(() -> new ReportForm("IN_PROGRESS", "", "x", many).toSubmission(List.of()))
                .hasMessageContaining("最多");
    }

    @Test
    void shouldRequireASummaryAndAKnownStatus() {
        assertThatThrownBy(() -> new ReportForm("IN_PROGRESS", "", " ", "").toSubmission(List.of()))
                .hasMessage("请填写进展情况");
        assertThatThrownBy(() -> new ReportForm("DONE", "", "x", "").toSubmission(List.of()))
                .isInstanceOf(BadInputException.class);
    }
}
