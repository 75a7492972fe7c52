package dev.assistant.helm;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.assistant.helm.RenderedChart.envValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * values.schema.json: open where users need it (global, scheduling, env), strict on the chart's own
 * keys.
 */
class ValuesSchemaTest {

    @Test
    void acceptsGlobalAsAParentChartInjectsIt() throws Exception {
        RenderedChart chart = RenderedChart.render(Variations.SUBCHART);
        JsonNode pod = chart.pod("chat");
        assertThat(chart.app("chat").path("image").asText())
                .isEqualTo("registry.internal/mirror/chat-service:0.1.0");
        assertThat(chart.init("chat").path("image").asText())
                .isEqualTo("registry.internal/mirror/migration-job-chat:0.1.0");
        assertThat(pod.path("imagePullSecrets").findValuesAsText("name"))
                .containsExactly("mirror-pull", "suite-pull");
    }

    @Test
    void acceptsSchedulingPodMetadataAndEnvWithPerServiceOverrides() throws Exception {
        RenderedChart chart =
                RenderedChart.render(
                        Map.ofEntries(
                                Map.entry("nodeSelector.kubernetes\\.io/os", "linux"),
                                Map.entry("services.search.nodeSelector.pool", "highmem"),
                                Map.entry("tolerations[0].key", "dedicated"),
                                Map.entry("tolerations[0].operator", "Exists"),
                                Map.entry("services.goals.tolerations[0].key", "goals-only"),
                                Map.entry("services.goals.tolerations[0].operator", "Exists"),
                                Map.entry(
                                        "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].key",
                                        "arch"),
                                Map.entry(
                                        "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator",
                                        "In"),
                                Map.entry(
                                        "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values[0]",
                                        "amd64"),
                                Map.entry("podAnnotations.team", "assist"),
                                Map.entry("services.chat.podAnnotations.chat-only", "yes"),
                                Map.entry("podLabels.cost-center", "cc42"),
                                Map.entry("priorityClassName", "suite-high"),
                                Map.entry("extraEnv[0].name", "QUARKUS_LOG_LEVEL"),
                                Map.entry("extraEnv[0].value", "DEBUG"),
                                Map.entry("services.chat.extraEnv[0].name", "CHAT_ONLY"),
                                Map.entry("services.chat.extraEnv[0].value", "on"),
                                Map.entry("extraEnvFrom[0].configMapRef.name", "suite-extra"),
                                Map.entry(
                                        "services.chat.resources.limits.ephemeral-storage",
                                        "2Gi")));
        assertThat(chart.pod("chat").path("nodeSelector").path("kubernetes.io/os").asText())
                .isEqualTo("linux");
        // Maps merge: the service's keys on top of the default.
        assertThat(chart.pod("search").path("nodeSelector").path("pool").asText())
                .isEqualTo("highmem");
        assertThat(chart.pod("search").path("nodeSelector").path("kubernetes.io/os").asText())
                .isEqualTo("linux");
        // Lists replace.
        assertThat(chart.pod("chat").path("tolerations").get(0).path("key").asText())
                .isEqualTo("dedicated");
        assertThat(chart.pod("goals").path("tolerations")).hasSize(1);
        assertThat(chart.pod("goals").path("tolerations").get(0).path("key").asText())
                .isEqualTo("goals-only");
        assertThat(chart.pod("goals").path("affinity").path("nodeAffinity").isObject()).isTrue();
        assertThat(chart.pod("goals").path("priorityClassName").asText()).isEqualTo("suite-high");
        JsonNode chatMeta =
                chart.named("Deployment", "demo-chat")
                        .path("spec")
                        .path("template")
                        .path("metadata");
        assertThat(chatMeta.path("annotations").path("team").asText()).isEqualTo("assist");
        assertThat(chatMeta.path("annotations").path("chat-only").asText()).isEqualTo("yes");
        assertThat(chatMeta.path("labels").path("cost-center").asText()).isEqualTo("cc42");
        assertThat(envValue(chart.app("goals"), "QUARKUS_LOG_LEVEL")).isEqualTo("DEBUG");
        assertThat(envValue(chart.app("chat"), "CHAT_ONLY")).isEqualTo("on");
        assertThat(RenderedChart.hasEnv(chart.app("goals"), "CHAT_ONLY")).isFalse();
        assertThat(
                        chart.app("goals")
                                .path("envFrom")
                                .get(0)
                                .path("configMapRef")
                                .path("name")
                                .asText())
                .isEqualTo("suite-extra");
        assertThat(
                        chart.app("chat")
                                .path("resources")
                                .path("limits")
                                .path("ephemeral-storage")
                                .asText())
                .isEqualTo("2Gi");
    }

    @Test
    void podLabelsCannotStealTheSelector() throws Exception {
        RenderedChart chart =
                RenderedChart.render(Map.of("podLabels.app\\.kubernetes\\.io/name", "evil"));
        assertThat(
                        chart.named("Deployment", "demo-chat")
                                .path("spec")
                                .path("template")
                                .path("metadata")
                                .path("labels")
                                .path("app.kubernetes.io/name")
                                .asText())
                .isEqualTo("chat");
    }

    @Test
    void stillRejectsTyposInTheChartsOwnKeys() {
        assertThatThrownBy(() -> RenderedChart.render(Map.of("services.chat.nodeSelektor.a", "b")))
                .hasMessageContaining("nodeSelektor");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("serviceAccount.creat", true)))
                .hasMessageContaining("creat");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("database.sslMode", "on")))
                .hasMessageContaining("sslMode");
        assertThatThrownBy(() -> RenderedChart.render(Map.of("kafka.securityProtocol", "TLS")))
                .hasMessageContaining("securityProtocol");
        assertThatThrownBy(
                        () ->
                                RenderedChart.render(
                                        Map.of("services.chat.resources.limits.gpu", "1")))
                .hasMessageContaining("gpu");
        assertThatThrownBy(
                        () -> RenderedChart.render(Map.of("metrics.serviceMonitor.enable", true)))
                .hasMessageContaining("enable");
    }
}
