package org.taizhang.systest;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver the test runs itself (JDK HttpServer): decodes each {@code POST /v1/traces} protobuf
 * export and keeps its spans with the service that sent them.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** One received span: the exporting service ({@code service.name}), its ids, name and kind. */
    public record ReceivedSpan(
            String service, String traceId, String spanId, String parentSpanId, String name, String kind) {}

    /** Where the services send their spans: TAIZHANG_SYSTEST_OTLP_PORT, else 4318 (OTLP/HTTP's usual port). */
    public static final int PORT = port();

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body =
                    body(exchange.getRequestHeaders().getFirst("Content-Encoding"), exchange.getRequestBody())) {
                record(ExportTraceServiceRequest.parseFrom(body));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    exchange.getResponseBody().write(answer);
                }
            } catch (IOException | RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The endpoint to give the services (OTEL_EXPORTER_OTLP_ENDPOINT; they post to its /v1/traces). */
    public String endpoint() {
        return "http://127.0.0.1:" + PORT;
    }

    /** The spans of the trace received so far. */
    public List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    private void record(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name"))
                    .map(KeyValue::getValue)
                    .map(v -> v.getStringValue())
                    .findFirst()
                    .orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList()
                        .forEach(span -> spans.add(new ReceivedSpan(
                                service,
                                hex.formatHex(span.getTraceId().toByteArray()),
                                hex.formatHex(span.getSpanId().toByteArray()),
                                hex.formatHex(span.getParentSpanId().toByteArray()),
                                span.getName(),
                                span.getKind().name())));
            }
        }
    }

    private static InputStream body(String encoding, InputStream raw) throws IOException {
        return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(raw) : raw;
    }

    private static int port() {
        String port = System.getenv("TAIZHANG_SYSTEST_OTLP_PORT");
        return port == null || port.isBlank() ? 4318 : Integer.parseInt(port.trim());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
