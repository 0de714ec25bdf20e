package org.taizhang.systest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stand-ins of the WeCom and DingTalk robot APIs and of Tencent Cloud SMS on 127.0.0.2, run by the test on the port
 * the local stack sends SMS to (TAIZHANG_SMS_STANDIN_PORT, 8099 by default). Each request is recorded with whether
 * it carries what the platform checks: the robot's key, DingTalk's timestamp and signature, Tencent Cloud's
 * TC3-HMAC-SHA256 Authorization over the stack's local credentials.
 */
public final class ChannelStandIn implements AutoCloseable {

    /** One request as the platform would judge it. */
    public record Request(String platform, JsonNode body, Map<String, String> query, boolean signedRight) {}

    public static final int PORT = Integer.parseInt(envOr("TAIZHANG_SMS_STANDIN_PORT", "8099"));
    static final String SMS_SECRET_ID = envOr("TAIZHANG_SMS_SECRET_ID", "AKIDlocalstack0000000000000000000000");
    static final String SMS_SECRET_KEY = envOr("TAIZHANG_SMS_SECRET_KEY", "local-stack-sms-secret-key");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String wecomKey;
    private final String dingTalkToken;
    private final String dingTalkSecret;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public ChannelStandIn(String wecomKey, String dingTalkToken, String dingTalkSecret) throws IOException {
        this.wecomKey = wecomKey;
        this.dingTalkToken = dingTalkToken;
        this.dingTalkSecret = dingTalkSecret;
        this.server = HttpServer.create(new InetSocketAddress(WebhookReceiver.HOST, PORT), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", this::handle);
        server.start();
    }

    public String wecomUrl() {
        return base() + "/cgi-bin/webhook/send?key=" + wecomKey;
    }

    public String dingTalkUrl() {
        return base() + "/robot/send?access_token=" + dingTalkToken;
    }

    public List<Request> requests(String platform) {
        return requests.stream().filter(r -> r.platform().equals(platform)).toList();
    }

    private String base() {
        return "http://" + WebhookReceiver.HOST + ":" + PORT;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String path = exchange.getRequestURI().getPath();
        String answer;
        if (path.equals("/cgi-bin/webhook/send")) {
            requests.add(new Request("WECOM", JSON.readTree(body), query, wecomKey.equals(query.get("key"))));
            answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        } else if (path.equals("/robot/send")) {
            boolean signed = dingTalkToken.equals(query.get("access_token"))
                    && query.get("timestamp") != null
                    && dingTalkSign(query.get("timestamp")).equals(query.get("sign"));
            requests.add(new Request("DINGTALK", JSON.readTree(body), query, signed));
            answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
        } else {
            var headers = exchange.getRequestHeaders();
            String payload = new String(body, StandardCharsets.UTF_8);
            String expected = tc3(
                    headers.getFirst("Host"),
                    headers.getFirst("Content-Type"),
                    payload,
                    Long.parseLong(headers.getFirst("X-TC-Timestamp")));
            boolean signed = "SendSms".equals(headers.getFirst("X-TC-Action"))
                    && expected.equals(headers.getFirst("Authorization"));
            requests.add(new Request("SMS", JSON.readTree(body), query, signed));
            answer = "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\",\"Message\":\"send success\"}],"
                    + "\"RequestId\":\"stand-in\"}}";
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String dingTalkSign(String timestamp) {
        byte[] mac = hmac(dingTalkSecret.getBytes(StandardCharsets.UTF_8), timestamp + "\n" + dingTalkSecret);
        return Base64.getEncoder().encodeToString(mac);
    }

    /** Tencent Cloud's TC3-HMAC-SHA256 over content-type and host, as its API 3.0 documentation computes it. */
    private static String tc3(String host, String contentType, String payload, long timestamp) {
        String date =
                DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(Instant.ofEpochSecond(timestamp));
        String canonical = "POST\n/\n\ncontent-type:" + contentType + "\nhost:" + host + "\n\ncontent-type;host\n"
                + sha256(payload);
        String scope = date + "/sms/tc3_request";
        String toSign = "TC3-HMAC-SHA256\n" + timestamp + "\n" + scope + "\n" + sha256(canonical);
        byte[] key =
                hmac(hmac(hmac(("TC3" + SMS_SECRET_KEY).getBytes(StandardCharsets.UTF_8), date), "sms"), "tc3_request");
        return "TC3-HMAC-SHA256 Credential=" + SMS_SECRET_ID + "/" + scope + ", SignedHeaders=content-type;host,"
                + " Signature=" + HexFormat.of().formatHex(hmac(key, toSign));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
