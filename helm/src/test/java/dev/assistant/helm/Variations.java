package dev.assistant.helm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value sets docs/operations.md documents: every test that covers "each variation" uses these.
 */
final class Variations {

    private Variations() {}

    static final Map<String, Object> TLS_AND_SASL =
            Map.ofEntries(
                    Map.entry("database.sslMode", "verify-full"),
                    Map.entry("database.caSecret.name", "pg-ca"),
                    Map.entry("kafka.securityProtocol", "SASL_SSL"),
                    Map.entry("kafka.sasl.existingSecret", "kafka-client"),
                    Map.entry("kafka.tls.caSecret.name", "kafka-ca"),
                    Map.entry("redis.hosts", "rediss://redis:6380"),
                    Map.entry("redis.passwordSecret.name", "redis-auth"),
                    Map.entry("redis.tls.enabled", true),
                    Map.entry("redis.tls.caSecret.name", "redis-ca"));

    static final Map<String, Object> HTTP_ROUTE =
            Map.of(
                    "ingress.enabled", false,
                    "httpRoute.enabled", true,
                    "httpRoute.parentRefs[0].name", "shared-gateway",
                    "httpRoute.parentRefs[0].namespace", "gateways",
                    "httpRoute.hostnames[0]", "assistant.example.com");

    static final Map<String, Object> SUBCHART =
            Map.of(
                    "global.imageRegistry", "registry.internal/mirror",
                    "global.imagePullSecrets[0]", "mirror-pull",
                    "global.storageClass", "fast",
                    "imagePullSecrets[0].name", "suite-pull");

    static final Map<String, Object> CONTRACT_PHASE =
            Map.of(
                    "migrationJob.contractPhase.enabled",
                    true,
                    "migrationJob.backup.enabled",
                    true,
                    "migrationJob.backup.claimName",
                    "suite-backups",
                    "services.search.backup.claimName",
                    "search-backups");

    static final Map<String, Object> MONITORING =
            Map.of(
                    "metrics.serviceMonitor.enabled", true,
                    "metrics.serviceMonitor.labels.release", "kube-prometheus-stack",
                    "metrics.prometheusRule.enabled", true,
                    "metrics.prometheusRule.labels.release", "kube-prometheus-stack",
                    "metrics.dashboards.enabled", true);

    static final Map<String, Object> TRACING_AND_LOG_LEVELS =
            Map.of(
                    "tracing.enabled", true,
                    "tracing.otlpEndpoint", "http://otel-collector.observability:4317",
                    "tracing.samplerRatio", 0.25,
                    "logging.levels.dev\\.assistant", "DEBUG",
                    "logging.levels.org\\.apache\\.kafka", "WARN");

    static final Map<String, Map<String, Object>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("defaults", Map.of());
        ALL.put("hpa", Map.of("autoscaling.enabled", true));
        ALL.put(
                "networkPolicy",
                Map.of("networkPolicy.enabled", true, "migrationJob.contractPhase.enabled", true));
        ALL.put("tlsAndSasl", TLS_AND_SASL);
        ALL.put("httpRoute", HTTP_ROUTE);
        ALL.put("ingressOff", Map.of("ingress.enabled", false));
        ALL.put("ingressTls", Map.of("ingress.tlsSecret", "gateway-tls"));
        ALL.put("subchartGlobal", SUBCHART);
        ALL.put("contractPhase", CONTRACT_PHASE);
        ALL.put(
                "contractPhasePlainJob",
                Map.of(
                        "migrationJob.contractPhase.enabled",
                        true,
                        "migrationJob.contractPhase.hook",
                        false));
        ALL.put("helmTestWithToken", Map.of("tests.tokenSecret.name", "suite-test-token"));
        ALL.put("tracingAndLogLevels", TRACING_AND_LOG_LEVELS);
        ALL.put("sleepAction", Map.of("gracefulShutdown.useSleepAction", true));
        ALL.put("monitoring", MONITORING);
        ALL.put(
                "singleReplicas",
                Map.of(
                        "services.chat.replicas",
                        1,
                        "services.goals.replicas",
                        1,
                        "services.search.replicas",
                        1));
    }
}
