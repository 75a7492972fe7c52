package dev.assistant.kit.observability;

import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of the current span, as the outbox stores it with each event, and
 * back: the relay publishes an event as a child of the request that wrote it, so one trace runs
 * from the HTTP request through the outbox and Kafka into the consumers. With tracing off (the
 * default) there is no current span and nothing is stored.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> MAP =
            new TextMapGetter<>() {
                @Override
                public Iterable<String> keys(Map<String, String> carrier) {
                    return carrier.keySet();
                }

                @Override
                public String get(Map<String, String> carrier, String key) {
                    return carrier == null ? null : carrier.get(key);
                }
            };

    private TraceParent() {}

    /** The current span's traceparent, or null when there is none (tracing off, no request). */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-"
                + span.getTraceId()
                + "-"
                + span.getSpanId()
                + "-"
                + span.getTraceFlags().asHex();
    }

    /** The context a stored traceparent names, for a span that continues it. */
    public static Context context(String traceParent) {
        return W3CTraceContextPropagator.getInstance()
                .extract(Context.root(), Map.of(HEADER, traceParent), MAP);
    }
}
