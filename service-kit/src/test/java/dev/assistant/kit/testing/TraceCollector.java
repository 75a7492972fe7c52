package dev.assistant.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * The smallest OTLP/HTTP trace receiver: accepts {@code POST /v1/traces} (protobuf) and appends one
 * line per span to a file: {@code <traceId> <spanId> <parentId|-> <service> <KIND> <name>}. Used by
 * deploy/local/trace-check to show one request's trace across the services without a collector.
 *
 * <p>Usage: {@code TraceCollector PORT FILE}
 */
public final class TraceCollector {

    private static final HexFormat HEX = HexFormat.of();

    private TraceCollector() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[1]);
        HttpServer server =
                HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 0);
        server.createContext(
                "/v1/traces",
                exchange -> {
                    try (InputStream body = exchange.getRequestBody()) {
                        write(file, ExportTraceServiceRequest.parseFrom(body));
                        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                        exchange.sendResponseHeaders(200, -1);
                    } catch (IOException e) {
                        exchange.sendResponseHeaders(400, -1);
                    } finally {
                        exchange.close();
                    }
                });
        server.start();
    }

    private static synchronized void write(Path file, ExportTraceServiceRequest request)
            throws IOException {
        StringBuilder lines = new StringBuilder();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = "?";
            for (KeyValue attribute : resource.getResource().getAttributesList()) {
                if (attribute.getKey().equals("service.name")) {
                    service = attribute.getValue().getStringValue();
                }
            }
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    lines.append(HEX.formatHex(span.getTraceId().toByteArray()))
                            .append(' ')
                            .append(HEX.formatHex(span.getSpanId().toByteArray()))
                            .append(' ')
                            .append(
                                    span.getParentSpanId().isEmpty()
                                            ? "-"
                                            : HEX.formatHex(span.getParentSpanId().toByteArray()))
                            .append(' ')
                            .append(service)
                            .append(' ')
                            .append(span.getKind().name().replace("SPAN_KIND_", ""))
                            .append(' ')
                            .append(span.getName())
                            .append('\n');
                }
            }
        }
        Files.writeString(
                file,
                lines.toString(),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
