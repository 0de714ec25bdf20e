package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericHostTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1          | 127.0.0.1
            2130706433         | 127.0.0.1
            127.1              | 127.0.0.1
            0x7f.0.0.1         | 127.0.0.1
            0X7F000001         | 127.0.0.1
            0177.0.0.1         | 127.0.0.1
            017700000001       | 127.0.0.1
            127.0.0.1.         | 127.0.0.1
            192.168.257        | 192.168.1.1
            0                  | 0.0.0.0
            0x                 | 0.0.0.0
            [::1]              | 0:0:0:0:0:0:0:1
            ::1                | 0:0:0:0:0:0:0:1
            [::ffff:10.0.0.1]  | 10.0.0.1
            """)
    void shouldReadEveryNumericFormAsTheAddressItStandsFor(String host, String address) {
        assertThat(NumericHost.parse(host)).map(InetAddress::getHostAddress).contains(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"oa.example.gov.cn", "cafe", "1.2.3.example", "localhost", "0x7f.example"})
    void shouldLeaveNamesToDns(String host) {
        assertThat(NumericHost.parse(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"256.1.1.1", "1.2.3.4.5", "08.0.0.1", "4294967296", "1..2", "0x1ffffffff", "[::1", "[zz::1]"})
    void shouldRefuseMalformedNumbers(String host) {
        assertThatThrownBy(() -> NumericHost.parse(host)).isInstanceOf(IllegalArgumentException.class);
    }
}
