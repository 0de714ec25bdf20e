package org.taizhang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackClientTest {

    @Test
    void shouldFindAServicesMetricsOnItsManagementPort() {
        assertThat(StackClient.managementUrl("http://127.0.0.1:8083")).isEqualTo("http://127.0.0.1:18083");
        assertThat(StackClient.managementUrl("http://127.0.0.1:28083/")).isEqualTo("http://127.0.0.1:38083");
    }
}
