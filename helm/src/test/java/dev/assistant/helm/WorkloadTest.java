package dev.assistant.helm;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.assistant.helm.RenderedChart.envSecret;
import static dev.assistant.helm.RenderedChart.envValue;
import static dev.assistant.helm.RenderedChart.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Database roles, restarts on config change, graceful drain, availability and identity of the pods.
 */
class WorkloadTest {

    @Test
    void migratorRoleRunsDdlAndTheRuntimeRoleServes() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of());
        for (String service : new String[] {"chat", "goals", "search"}) {
            assertThat(envValue(chart.init(service), "MIGRATION_DB_USER"))
                    .isEqualTo(service + "_migrator");
            assertThat(envSecret(chart.init(service), "MIGRATION_DB_PASSWORD"))
                    .isEqualTo("assistant-suite-" + service + "-migrator-db/password");
            assertThat(envValue(chart.app(service), "QUARKUS_DATASOURCE_USERNAME"))
                    .isEqualTo(service);
            assertThat(envSecret(chart.app(service), "QUARKUS_DATASOURCE_PASSWORD"))
                    .isEqualTo("assistant-suite-" + service + "-db/password");
        }
        // The contract Job contracts the schema: migrator too.
        JsonNode job =
                RenderedChart.render(Variations.ALL.get("contractPhasePlainJob"))
                        .named("Job", "demo-goals-contract-r1")
                        .path("spec")
                        .path("template")
                        .path("spec")
                        .path("containers")
                        .get(0);
        assertThat(envValue(job, "MIGRATION_DB_USER")).isEqualTo("goals_migrator");
        // Without a migrator the runtime role migrates (documented as not least privilege).
        RenderedChart single =
                RenderedChart.render(Map.of("services.chat.database.migrator.user", ""));
        assertThat(envValue(single.init("chat"), "MIGRATION_DB_USER")).isEqualTo("chat");
        assertThat(envSecret(single.init("chat"), "MIGRATION_DB_PASSWORD"))
                .isEqualTo("assistant-suite-chat-db/password");
        assertThatThrownBy(
                        () ->
                                RenderedChart.render(
                                        Map.of(
                                                "services.chat.database.migrator.passwordSecret",
                                                "")))
                .hasMessageContaining("services.chat.database.migrator.passwordSecret is required");
    }

    @Test
    void jvmOptionsReachTheJavaLauncherAndThePortIsConfigurable() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of("services.goals.containerPort", "18082"));
        // The images have no shell or start script: only the java launcher reads the options.
        assertThat(envValue(chart.app("chat"), "JDK_JAVA_OPTIONS")).contains("MaxRAMPercentage");
        assertThat(envValue(chart.app("chat"), "QUARKUS_HTTP_PORT")).isEqualTo("8080");
        assertThat(envValue(chart.app("goals"), "QUARKUS_HTTP_PORT")).isEqualTo("18082");
        assertThat(chart.app("goals").path("ports").get(0).path("containerPort").asInt())
                .isEqualTo(18082);
    }

    @Test
    void tracingIsOffUnlessACollectorIsNamedAndLogLevelsArePerCategory() throws Exception {
        assertThat(RenderedChart.render(Map.of()).app("chat").path("env").toString())
                .doesNotContain("QUARKUS_OTEL");
        RenderedChart traced = RenderedChart.render(Variations.TRACING_AND_LOG_LEVELS);
        for (String service : new String[] {"chat", "goals", "search"}) {
            JsonNode app = traced.app(service);
            assertThat(envValue(app, "QUARKUS_OTEL_SDK_DISABLED")).isEqualTo("false");
            assertThat(envValue(app, "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
                    .isEqualTo("http://otel-collector.observability:4317");
            assertThat(envValue(app, "QUARKUS_OTEL_TRACES_SAMPLER_ARG")).isEqualTo("0.25");
            assertThat(envValue(app, "QUARKUS_LOG_CATEGORY__DEV_ASSISTANT__LEVEL"))
                    .isEqualTo("DEBUG");
            assertThat(envValue(app, "QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL"))
                    .isEqualTo("WARN");
        }
        assertThatThrownBy(() -> RenderedChart.render(Map.of("tracing.enabled", true)))
                .hasMessageContaining("tracing.otlpEndpoint is required");
        assertThat(checksum(traced, "chat"))
                .isNotEqualTo(checksum(RenderedChart.render(Map.of()), "chat"));
    }

    @Test
    void configChecksumChangesWithConfigurationNotWithScaling() throws Exception {
        String base = checksum(RenderedChart.render(Map.of()), "chat");
        assertThat(base).matches("[0-9a-f]{64}");
        assertThat(
                        checksum(
                                RenderedChart.render(
                                        Map.of("kafka.bootstrapServers", "other:9092")),
                                "chat"))
                .isNotEqualTo(base);
        assertThat(
                        checksum(
                                RenderedChart.render(
                                        Map.of("redis.passwordSecret.name", "rotated")),
                                "chat"))
                .isNotEqualTo(base);
        assertThat(
                        checksum(
                                RenderedChart.render(
                                        Map.of(
                                                "services.chat.extraEnv[0].name",
                                                "A",
                                                "services.chat.extraEnv[0].value",
                                                "1")),
                                "chat"))
                .isNotEqualTo(base);
        assertThat(checksum(RenderedChart.render(Map.of("services.chat.replicas", 5)), "chat"))
                .isEqualTo(base);
        assertThat(checksum(RenderedChart.render(Map.of("autoscaling.enabled", true)), "chat"))
                .isEqualTo(base);
    }

    private static String checksum(RenderedChart chart, String service) {
        return chart.named("Deployment", "demo-" + service)
                .path("spec")
                .path("template")
                .path("metadata")
                .path("annotations")
                .path("checksum/config")
                .asText();
    }

    @Test
    void drainsGracefullyWithinTheGracePeriod() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of());
        JsonNode app = chart.app("search");
        assertThat(texts(app.path("lifecycle").path("preStop").path("exec").path("command")))
                .containsExactly("sleep", "5");
        assertThat(envValue(app, "QUARKUS_SHUTDOWN_TIMEOUT")).isEqualTo("20s");
        assertThat(chart.pod("search").path("terminationGracePeriodSeconds").asInt()).isEqualTo(30);

        RenderedChart custom =
                RenderedChart.render(
                        Map.of(
                                "gracefulShutdown.timeoutSeconds",
                                40,
                                "gracefulShutdown.preStopSleepSeconds",
                                10,
                                "gracefulShutdown.useSleepAction",
                                true));
        assertThat(
                        custom.app("chat")
                                .path("lifecycle")
                                .path("preStop")
                                .path("sleep")
                                .path("seconds")
                                .asInt())
                .isEqualTo(10);
        assertThat(envValue(custom.app("chat"), "QUARKUS_SHUTDOWN_TIMEOUT")).isEqualTo("40s");
        assertThat(custom.pod("chat").path("terminationGracePeriodSeconds").asInt())
                .isGreaterThan(50);
        assertThatThrownBy(
                        () ->
                                RenderedChart.render(
                                        Map.of(
                                                "gracefulShutdown.terminationGracePeriodSeconds",
                                                25)))
                .hasMessageContaining("must exceed preStopSleepSeconds + timeoutSeconds");
    }

    @Test
    void pdbPerReplicatedServiceAndHpaOwnsReplicasWhenOn() throws Exception {
        RenderedChart chart = RenderedChart.render(Map.of("services.goals.replicas", 1));
        assertThat(chart.ofKind("PodDisruptionBudget"))
                .extracting(p -> p.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("demo-chat", "demo-search");
        JsonNode pdb = chart.named("PodDisruptionBudget", "demo-chat").path("spec");
        assertThat(pdb.path("maxUnavailable").asInt()).isEqualTo(1);
        assertThat(pdb.path("selector").path("matchLabels").path("app.kubernetes.io/name").asText())
                .isEqualTo("chat");
        assertThat(chart.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(chart.named("Deployment", "demo-chat").path("spec").path("replicas").asInt())
                .isEqualTo(2);

        RenderedChart scaled =
                RenderedChart.render(
                        Map.of(
                                "services.goals.replicas",
                                1,
                                "services.search.autoscaling.enabled",
                                true,
                                "services.search.autoscaling.maxReplicas",
                                10));
        JsonNode hpa = scaled.named("HorizontalPodAutoscaler", "demo-search");
        assertThat(hpa.path("apiVersion").asText()).isEqualTo("autoscaling/v2");
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo("demo-search");
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(2);
        assertThat(hpa.path("spec").path("maxReplicas").asInt()).isEqualTo(10);
        assertThat(
                        hpa.path("spec")
                                .path("metrics")
                                .get(0)
                                .path("resource")
                                .path("target")
                                .path("averageUtilization")
                                .asInt())
                .isEqualTo(75);
        assertThat(scaled.named("Deployment", "demo-search").path("spec").has("replicas"))
                .isFalse();
        assertThat(scaled.named("Deployment", "demo-chat").path("spec").has("replicas")).isTrue();
        assertThat(scaled.ofKind("HorizontalPodAutoscaler")).hasSize(1);

        // An autoscaled single-replica service still gets its PDB.
        RenderedChart oneButScaled =
                RenderedChart.render(
                        Map.of(
                                "services.goals.replicas",
                                1,
                                "services.goals.autoscaling.enabled",
                                true));
        oneButScaled.named("PodDisruptionBudget", "demo-goals");
        assertThat(
                        RenderedChart.render(Map.of("podDisruptionBudget.enabled", false))
                                .ofKind("PodDisruptionBudget"))
                .isEmpty();
    }

    @Test
    void spreadsOverZonesAndHostsByDefaultOverridably() throws Exception {
        JsonNode spread =
                RenderedChart.render(Map.of()).pod("chat").path("topologySpreadConstraints");
        assertThat(spread.findValuesAsText("topologyKey"))
                .containsExactly("topology.kubernetes.io/zone", "kubernetes.io/hostname");
        for (JsonNode c : spread) {
            assertThat(c.path("whenUnsatisfiable").asText()).isEqualTo("ScheduleAnyway");
            assertThat(
                            c.path("labelSelector")
                                    .path("matchLabels")
                                    .path("app.kubernetes.io/name")
                                    .asText())
                    .isEqualTo("chat");
            assertThat(
                            c.path("labelSelector")
                                    .path("matchLabels")
                                    .path("app.kubernetes.io/instance")
                                    .asText())
                    .isEqualTo("demo");
        }
        RenderedChart custom =
                RenderedChart.render(
                        Map.of(
                                "topologySpreadConstraints[0].maxSkew", 2,
                                "topologySpreadConstraints[0].topologyKey", "rack",
                                "topologySpreadConstraints[0].whenUnsatisfiable", "DoNotSchedule"));
        JsonNode own = custom.pod("goals").path("topologySpreadConstraints");
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("topologyKey").asText()).isEqualTo("rack");
        // The chart fills in the service's selector.
        assertThat(
                        own.get(0)
                                .path("labelSelector")
                                .path("matchLabels")
                                .path("app.kubernetes.io/name")
                                .asText())
                .isEqualTo("goals");
        assertThat(
                        RenderedChart.render(Map.of("defaultTopologySpread.enabled", false))
                                .pod("chat")
                                .has("topologySpreadConstraints"))
                .isFalse();
    }

    @Test
    void podsRunAsTheReleaseServiceAccountWithoutAToken() throws Exception {
        RenderedChart chart =
                RenderedChart.render(Map.of("serviceAccount.annotations.iam", "role"));
        JsonNode sa = chart.named("ServiceAccount", "demo-assistant-suite");
        assertThat(sa.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(sa.path("metadata").path("annotations").path("iam").asText()).isEqualTo("role");
        for (String service : new String[] {"chat", "goals", "search"}) {
            assertThat(chart.pod(service).path("serviceAccountName").asText())
                    .isEqualTo("demo-assistant-suite");
            assertThat(chart.pod(service).path("automountServiceAccountToken").asBoolean(true))
                    .isFalse();
        }
        RenderedChart existing =
                RenderedChart.render(
                        Map.of(
                                "serviceAccount.create",
                                false,
                                "serviceAccount.name",
                                "platform-sa"));
        assertThat(existing.ofKind("ServiceAccount")).isEmpty();
        assertThat(existing.pod("chat").path("serviceAccountName").asText())
                .isEqualTo("platform-sa");
    }
}
