package org.taizhang.reminder.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Against the worked example of Tencent Cloud's API 3.0 signing documentation (CVM DescribeInstances). */
class Tc3SignatureTest {

    private static final String PAYLOAD =
            "{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}";

    @Test
    void shouldHashThePayloadAndCanonicalRequestAsTheDocumentedExample() {
        assertThat(Tc3Signature.sha256Hex(PAYLOAD))
                .isEqualTo("35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064");
        assertThat(Tc3Signature.sha256Hex(Tc3Signature.canonicalRequest("cvm.tencentcloudapi.com", PAYLOAD)))
                .isEqualTo("5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031");
    }

    @Test
    void shouldProduceTheDocumentedAuthorization() {
        Tc3Signature signature =
                new Tc3Signature("AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******", "cvm");

        assertThat(signature.authorization("cvm.tencentcloudapi.com", PAYLOAD, 1551113065L))
                .isEqualTo("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request,"
                        + " SignedHeaders=content-type;host,"
                        + " Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c");
    }
}
