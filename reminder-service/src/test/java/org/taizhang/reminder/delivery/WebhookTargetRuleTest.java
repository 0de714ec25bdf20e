package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.taizhang.reminder.delivery.WebhookTargetRule.Verdict;

class WebhookTargetRuleTest {

    /** A DNS of the test's own: names it does not know do not resolve. */
    private static final Map<String, List<String>> DNS = Map.of(
            "oa.example.gov.cn", List.of("202.102.1.7"),
            "dual.example.gov.cn", List.of("202.102.1.8", "10.0.0.8"),
            "rebound.example.gov.cn", List.of("127.0.0.1"),
            "v6.example.gov.cn", List.of("2400:3200::1"),
            "receiver.intranet.gov.cn", List.of("10.20.3.4"));

    private static final WebhookTargetRule STRICT = new WebhookTargetRule(List.of(), List.of());

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            http://169.254.169.254/latest/meta-data/     | link-local
            http://127.0.0.1:15432                       | loopback
            http://127.8.9.10/                           | loopback
            http://[::1]:8082                            | loopback
            http://[0:0:0:0:0:0:0:1]/                    | loopback
            http://2130706433:8084                       | loopback
            http://0x7f000001/                           | loopback
            http://0177.0.0.1/                           | loopback
            http://017700000001/                         | loopback
            http://0.0.0.0:9092                          | unspecified
            http://0/                                    | unspecified
            http://[::]/                                 | unspecified
            http://10.1.2.3/                             | private
            http://172.16.0.1/                           | private
            http://172.31.255.255/                       | private
            http://192.168.1.1/                          | private
            http://[fd00:ec2::254]/                      | unique local
            http://[fc00::1]/                            | unique local
            http://[fe80::1]/                            | link-local
            http://100.64.0.1/                           | carrier-grade NAT
            http://100.100.100.200/                      | carrier-grade NAT
            http://192.0.0.192/                          | cloud metadata
            http://224.0.0.1/                            | multicast
            http://[ff02::1]/                            | multicast
            http://255.255.255.255/                      | broadcast
            http://[::ffff:127.0.0.1]/                   | loopback
            http://[::ffff:7f00:1]/                      | loopback
            http://[::ffff:169.254.169.254]/             | link-local
            http://[::127.0.0.1]/                        | loopback
            http://[::a00:1]/                            | private
            http://[64:ff9b::a9fe:a9fe]/                 | link-local
            http://[2002:c0a8:0101::1]/                  | private
            http://localhost:8083/                       | local or cloud-metadata name
            http://LOCALHOST./                           | local or cloud-metadata name
            http://api.localhost/                        | local or cloud-metadata name
            http://metadata.google.internal/             | local or cloud-metadata name
            http://metadata/                             | local or cloud-metadata name
            http://metadata.goog/                        | local or cloud-metadata name
            http://printer.local/                        | local or cloud-metadata name
            http://rebound.example.gov.cn/               | loopback
            http://dual.example.gov.cn/                  | private
            http://08.0.0.1/                             | not an IPv4 address
            http://4294967296/                           | not an IPv4 address
            http://127.1/                                | names no host
            """)
    void shouldRefuseInternalAndMetadataTargets(String url, String reason) {
        Verdict verdict = STRICT.judge(URI.create(url), WebhookTargetRuleTest::dns);

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.REFUSED);
        assertThat(verdict.reason()).startsWith("refused: ").contains(reason);
        assertThat(verdict.address()).isNull();
    }

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://oa.example.gov.cn/hooks/a        | 202.102.1.7
            http://v6.example.gov.cn:8080/           | 2400:3200:0:0:0:0:0:1
            http://202.102.1.9/                      | 202.102.1.9
            http://3395682569/                       | 202.102.1.9
            http://[2400:3200::2]/                   | 2400:3200:0:0:0:0:0:2
            http://172.32.0.1/                       | 172.32.0.1
            http://100.128.0.1/                      | 100.128.0.1
            http://[::ffff:202.102.1.9]/             | 202.102.1.9
            """)
    void shouldAllowPublicTargetsAndConnectToTheAddressJudged(String url, String address) {
        Verdict verdict = STRICT.judge(URI.create(url), WebhookTargetRuleTest::dns);

        assertThat(verdict.kind()).as(verdict.reason()).isEqualTo(Verdict.Kind.ALLOWED);
        assertThat(verdict.address().getHostAddress()).isEqualTo(address);
    }

    @Test
    void shouldCallANameDnsDoesNotKnowUnresolvedNotRefused() {
        Verdict verdict = STRICT.judge(URI.create("https://new.example.gov.cn/x"), WebhookTargetRuleTest::dns);

        assertThat(verdict.kind()).isEqualTo(Verdict.Kind.UNRESOLVED);
        assertThat(verdict.reason()).isEqualTo("cannot resolve new.example.gov.cn");
    }

    @Test
    void shouldAllowAHostAsWrittenButNotAnotherFormOfItsAddress() {
        WebhookTargetRule rule = new WebhookTargetRule(List.of("127.0.0.1", "Receiver.Intranet.gov.cn."), List.of());

        assertThat(rule.judge(URI.create("http://127.0.0.1:9000/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .isEqualTo(Verdict.Kind.ALLOWED);
        assertThat(rule.judge(URI.create("http://receiver.intranet.gov.cn/h"), WebhookTargetRuleTest::dns)
                        .address()
                        .getHostAddress())
                .isEqualTo("10.20.3.4");
        assertThat(rule.judge(URI.create("http://2130706433:9000/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .isEqualTo(Verdict.Kind.REFUSED);
        assertThat(rule.judge(URI.create("http://rebound.example.gov.cn/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .as("a name that resolves to the allowed literal is judged by its address")
                .isEqualTo(Verdict.Kind.REFUSED);
        assertThat(rule.judge(URI.create("http://10.20.3.4/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .isEqualTo(Verdict.Kind.REFUSED);
    }

    @Test
    void shouldAllowAddressesInAnAllowedRangeWhateverNameLeadsThere() {
        WebhookTargetRule rule = new WebhookTargetRule(List.of(), List.of("10.20.0.0/16", "fd12:3456::/32"));

        assertThat(rule.judge(URI.create("http://receiver.intranet.gov.cn/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .isEqualTo(Verdict.Kind.ALLOWED);
        assertThat(rule.judge(URI.create("http://[fd12:3456::9]/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .isEqualTo(Verdict.Kind.ALLOWED);
        assertThat(rule.judge(URI.create("http://10.21.0.1/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .isEqualTo(Verdict.Kind.REFUSED);
        assertThat(rule.judge(URI.create("http://dual.example.gov.cn/h"), WebhookTargetRuleTest::dns)
                        .kind())
                .as("every address of a name must pass")
                .isEqualTo(Verdict.Kind.REFUSED);
    }

    @Test
    void shouldRejectARangeThatIsNoCidr() {
        assertThatThrownBy(() -> new WebhookTargetRule(List.of(), List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new WebhookTargetRule(List.of(), List.of("intranet")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'intranet' is not an address range");
    }

    private static List<InetAddress> dns(String name) throws UnknownHostException {
        List<String> addresses = DNS.get(name);
        if (addresses == null) {
            throw new UnknownHostException(name);
        }
        return addresses.stream().map(a -> NumericHost.parse(a).orElseThrow()).toList();
    }
}
